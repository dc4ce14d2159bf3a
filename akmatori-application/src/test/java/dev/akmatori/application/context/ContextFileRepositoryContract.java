package dev.akmatori.application.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.context.ContextFile;
import dev.akmatori.domain.context.ContextFileDraft;
import dev.akmatori.domain.context.ContextFileId;
import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContextFileRepository} must do. Subclasses supply a fresh, empty repository: the
 * in-memory fake, H2 and PostgreSQL all run these same tests.
 */
public abstract class ContextFileRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private ContextFileRepository repository;

  /** A new repository over empty storage. */
  protected abstract ContextFileRepository newRepository();

  @BeforeEach
  void setUpRepository() {
    repository = newRepository();
  }

  private static ContextFileDraft draft(String filename) {
    return new ContextFileDraft(new ContextFileName(filename), filename, "text/markdown", 12, "");
  }

  @Test
  void create_assignsIdAndTimestamps_andBothFindsReturnTheSame() {
    ContextFileDraft draft =
        new ContextFileDraft(
            new ContextFileName("arch.md"), "C:\\docs\\arch.md", "text/markdown; charset=utf-8", 1234, "Overview");

    ContextFile created = repository.create(draft, T0);

    assertThat(created.id().value()).isPositive();
    assertThat(created.filename().value()).isEqualTo("arch.md");
    assertThat(created.originalName()).isEqualTo("C:\\docs\\arch.md");
    assertThat(created.mimeType()).isEqualTo("text/markdown; charset=utf-8");
    assertThat(created.size()).isEqualTo(1234);
    assertThat(created.description()).isEqualTo("Overview");
    assertThat(created.createdAt()).isEqualTo(T0).isEqualTo(created.updatedAt());
    assertThat(repository.find(created.id())).contains(created);
    assertThat(repository.findByFilename(new ContextFileName("arch.md"))).contains(created);
  }

  @Test
  void create_keepsUnicodeEmptyAndLongValuesExactly() {
    String description = "Überblick — 日本語 🚀\n".repeat(2_000);
    ContextFileDraft draft =
        new ContextFileDraft(
            new ContextFileName("u.txt"), "ünïcode 🚀.txt", "text/plain", 5_000_000_000L, description);

    ContextFile found = repository.find(repository.create(draft, T0).id()).orElseThrow();

    assertThat(found.originalName()).isEqualTo("ünïcode 🚀.txt");
    assertThat(found.description()).isEqualTo(description);
    assertThat(found.size()).isEqualTo(5_000_000_000L);
    assertThat(repository.create(draft("empty.md"), T0).description()).isEmpty();
  }

  @Test
  void create_aTakenFilename_isAConflict_andKeepsTheFirst() {
    ContextFile first = repository.create(draft("dup.md"), T0);

    assertThatThrownBy(() -> repository.create(draft("dup.md"), T0.plusSeconds(1)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("File 'dup.md' already exists");
    assertThat(repository.list(PageRequest.ALL).items()).containsExactly(first);
  }

  @Test
  void filenames_areCaseSensitive() {
    repository.create(draft("Notes.md"), T0);

    assertThat(repository.findByFilename(new ContextFileName("notes.md"))).isEmpty();
    assertThat(repository.create(draft("notes.md"), T0).filename().value()).isEqualTo("notes.md");
  }

  @Test
  void find_unknown_isEmpty() {
    assertThat(repository.find(new ContextFileId(987_654))).isEmpty();
    assertThat(repository.findByFilename(new ContextFileName("nope.md"))).isEmpty();
  }

  @Test
  void delete_removesOnce_andFreesTheFilename() {
    ContextFile created = repository.create(draft("gone.md"), T0);

    assertThat(repository.delete(created.id())).isTrue();
    assertThat(repository.delete(created.id())).isFalse();
    assertThat(repository.find(created.id())).isEmpty();
    assertThat(repository.create(draft("gone.md"), T0).id()).isNotEqualTo(created.id());
  }

  @Test
  void list_ordersByFilenameInCodePointOrder() {
    ContextFile b = repository.create(draft("b.md"), T0);
    ContextFile upperB = repository.create(draft("B.md"), T0);
    ContextFile dash = repository.create(draft("a-b.md"), T0);
    ContextFile digit = repository.create(draft("1.txt"), T0);
    ContextFile underscore = repository.create(draft("a_b.md"), T0);

    Page<ContextFile> all = repository.list(PageRequest.ALL);

    assertThat(all.items()).containsExactly(digit, upperB, dash, underscore, b);
    assertThat(all.total()).isEqualTo(5);
  }

  @Test
  void list_pages_withTotalAndEmptyPagePastTheEnd() {
    for (int i = 0; i < 5; i++) {
      repository.create(draft("f" + i + ".md"), T0);
    }

    Page<ContextFile> second = repository.list(PageRequest.of(2, 2));
    Page<ContextFile> past = repository.list(PageRequest.of(9, 2));

    assertThat(second.items()).extracting(f -> f.filename().value()).containsExactly("f2.md", "f3.md");
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.totalPages()).isEqualTo(3);
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(5);
  }

  @Test
  void ids_areNeverReused() {
    ContextFile first = repository.create(draft("one.md"), T0);
    repository.delete(first.id());

    ContextFile second = repository.create(draft("two.md"), T0);

    assertThat(second.id().value()).isGreaterThan(first.id().value());
  }
}
