package dev.akmatori.application.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.runbook.RunbookId;
import dev.akmatori.domain.runbook.RunbookMatch;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.application.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookServiceTest {
  private final InMemoryRunbookRepository repository = new InMemoryRunbookRepository();
  private final List<List<Runbook>> syncs = new ArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final RunbookService service = new RunbookService(repository, syncs::add, clock);

  @Test
  void everyWrite_resyncsTheMirrorWithTheWholeSet() {
    Runbook a = service.create(new RunbookDraft("A", "a"));
    service.create(new RunbookDraft("B", "b"));
    service.update(a.id(), new RunbookDraft("A2", "a2"));
    service.delete(a.id());

    assertThat(syncs).hasSize(4);
    assertThat(syncs.get(1)).hasSize(2);
    assertThat(syncs.get(3)).extracting(Runbook::title).containsExactly("B");
  }

  @Test
  void update_stampsUpdatedAtFromTheClock() {
    Runbook a = service.create(new RunbookDraft("A", "a"));
    clock.advance(Duration.ofMinutes(3));

    Runbook updated = service.update(a.id(), new RunbookDraft("A", "changed"));

    assertThat(updated.updatedAt()).isEqualTo(a.createdAt().plus(Duration.ofMinutes(3)));
  }

  @Test
  void unknownIds_areNotFound_andDoNotResync() {
    RunbookId unknown = new RunbookId(404);
    assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(NotFoundException.class).hasMessage("Runbook not found");
    assertThatThrownBy(() -> service.update(unknown, new RunbookDraft("x", "y"))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.delete(unknown)).isInstanceOf(NotFoundException.class);
    assertThat(syncs).isEmpty();
  }

  @Test
  void search_ranksAndPages_blankQueryListsEverything() {
    service.create(new RunbookDraft("Disk full", "Clean /var/log"));
    service.create(new RunbookDraft("Memory", "Check the disk cache"));
    service.create(new RunbookDraft("CPU", "Top"));

    Page<RunbookMatch> hits = service.search("disk", PageRequest.of(1, 1));
    Page<RunbookMatch> all = service.search("  ", PageRequest.ALL);

    assertThat(hits.total()).isEqualTo(2);
    assertThat(hits.items()).extracting(m -> m.runbook().title()).containsExactly("Disk full");
    assertThat(all.total()).isEqualTo(3);
  }
}
