package dev.akmatori.application.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.runbook.RunbookId;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunbookRepository} must do. Subclasses supply a fresh, empty repository: the
 * in-memory fake, H2 and PostgreSQL all run these same tests.
 */
public abstract class RunbookRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private RunbookRepository repository;

  /** A new repository over empty storage. */
  protected abstract RunbookRepository newRepository();

  @BeforeEach
  void setUpRepository() {
    repository = newRepository();
  }

  @Test
  void create_assignsIdAndTimestamps_andFindReturnsTheSame() {
    Runbook created = repository.create(new RunbookDraft("  Disk full  ", "Free space.\n"), T0);

    assertThat(created.id().value()).isPositive();
    assertThat(created.title()).isEqualTo("Disk full");
    assertThat(created.content()).isEqualTo("Free space.\n");
    assertThat(created.createdAt()).isEqualTo(T0);
    assertThat(created.updatedAt()).isEqualTo(T0);
    assertThat(repository.find(created.id())).contains(created);
  }

  @Test
  void create_keepsUnicodeAndLongContentExactly() {
    String content = "Überlast — 日本語 🚀\n".repeat(5_000);
    Runbook created = repository.create(new RunbookDraft("Ünïcode 🚀", content), T0);

    Runbook found = repository.find(created.id()).orElseThrow();
    assertThat(found.title()).isEqualTo("Ünïcode 🚀");
    assertThat(found.content()).isEqualTo(content);
  }

  @Test
  void all_isEveryRunbookInTheListsOrder_orNothing() {
    assertThat(repository.all()).isEmpty();
    repository.create(new RunbookDraft("zeta", "z"), T0);
    repository.create(new RunbookDraft("Alpha", "a"), T0);
    repository.create(new RunbookDraft("alpha", "second alpha"), T0);

    assertThat(repository.all())
        .containsExactlyElementsOf(repository.list(PageRequest.ALL).items())
        .extracting(Runbook::content).containsExactly("a", "second alpha", "z");
  }

  @Test
  void find_unknownId_isEmpty() {
    assertThat(repository.find(new RunbookId(987_654))).isEmpty();
  }

  @Test
  void update_replacesTitleAndContent_keepsCreatedAt() {
    Runbook created = repository.create(new RunbookDraft("Old", "old"), T0);
    Instant later = T0.plus(5, ChronoUnit.MINUTES);

    Runbook updated = repository.update(created.id(), new RunbookDraft("New", "new"), later).orElseThrow();

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.title()).isEqualTo("New");
    assertThat(updated.content()).isEqualTo("new");
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.updatedAt()).isEqualTo(later);
    assertThat(repository.find(created.id())).contains(updated);
  }

  @Test
  void update_unknownId_isEmptyAndCreatesNothing() {
    assertThat(repository.update(new RunbookId(42), new RunbookDraft("x", "y"), T0)).isEmpty();
    assertThat(repository.list(PageRequest.ALL).total()).isZero();
  }

  @Test
  void delete_removesOnce() {
    Runbook created = repository.create(new RunbookDraft("Gone", "soon"), T0);

    assertThat(repository.delete(created.id())).isTrue();
    assertThat(repository.delete(created.id())).isFalse();
    assertThat(repository.find(created.id())).isEmpty();
  }

  @Test
  void list_ordersByTitleCaseInsensitively_thenById() {
    Runbook b1 = repository.create(new RunbookDraft("beta", "1"), T0);
    Runbook a = repository.create(new RunbookDraft("Alpha", "2"), T0);
    Runbook b2 = repository.create(new RunbookDraft("Beta", "3"), T0);
    Runbook c = repository.create(new RunbookDraft("charlie", "4"), T0);

    Page<Runbook> all = repository.list(PageRequest.ALL);

    assertThat(all.items()).containsExactly(a, b1, b2, c);
    assertThat(all.total()).isEqualTo(4);
  }

  @Test
  void list_pages_withTotalAndEmptyPagePastTheEnd() {
    for (int i = 0; i < 5; i++) {
      repository.create(new RunbookDraft("rb-" + i, "c"), T0);
    }

    Page<Runbook> second = repository.list(PageRequest.of(2, 2));
    Page<Runbook> past = repository.list(PageRequest.of(9, 2));

    assertThat(second.items()).extracting(Runbook::title).containsExactly("rb-2", "rb-3");
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.totalPages()).isEqualTo(3);
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(5);
  }

  @Test
  void ids_areNeverReused() {
    Runbook first = repository.create(new RunbookDraft("one", "1"), T0);
    repository.delete(first.id());
    Runbook second = repository.create(new RunbookDraft("two", "2"), T0);

    assertThat(second.id().value()).isGreaterThan(first.id().value());
  }
}
