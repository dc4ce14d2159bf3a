package dev.akmatori.application.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContextFileStore} must do. Subclasses supply an empty store and a view of
 * everything it holds, staged bytes included, so leftovers are visible.
 */
public abstract class ContextFileStoreContract {
  private static final ContextFileName NOTES = new ContextFileName("notes.md");

  private ContextFileStore store;

  protected abstract ContextFileStore newStore();

  /** Every entry the store holds right now: stored files and any staged or partial bytes. */
  protected abstract Set<String> entries();

  @BeforeEach
  void setUpStore() {
    store = newStore();
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void stageThenCommit_storesTheWholeContentUnderItsName() throws IOException {
    try (StagedFile staged = store.stage(bytes("# Notes\nÜber 🚀"), 100)) {
      assertThat(staged.tooLarge()).isFalse();
      assertThat(staged.size()).isEqualTo(18);
      staged.commit(NOTES);
    }

    assertThat(store.exists("notes.md")).isTrue();
    assertThat(store.size(NOTES)).hasValue(18);
    assertThat(read(store.open(NOTES, 0))).isEqualTo("# Notes\nÜber 🚀");
    assertThat(read(store.open(NOTES, 2))).isEqualTo("Notes\nÜber 🚀");
    assertThat(entries()).containsExactly("notes.md");
  }

  @Test
  void contentOfExactlyTheLimit_fits_andEmptyContentIsAFile() throws IOException {
    try (StagedFile full = store.stage(bytes("12345"), 5); StagedFile empty = store.stage(bytes(""), 5)) {
      assertThat(full.tooLarge()).isFalse();
      full.commit(NOTES);
      empty.commit(new ContextFileName("empty.txt"));
    }

    assertThat(store.size(NOTES)).hasValue(5);
    assertThat(store.size(new ContextFileName("empty.txt"))).hasValue(0);
    assertThat(read(store.open(new ContextFileName("empty.txt"), 0))).isEmpty();
  }

  @Test
  void contentPastTheLimit_isTooLarge_leavesNothing_andReadsNoFurtherThanOneByteOver() {
    ByteArrayInputStream content = new ByteArrayInputStream(new byte[10_000]);

    try (StagedFile staged = store.stage(content, 1_000)) {
      assertThat(staged.tooLarge()).isTrue();
      assertThat(staged.size()).isGreaterThan(1_000);
      assertThat(entries()).isEmpty();
      assertThatThrownBy(() -> staged.commit(NOTES)).isInstanceOf(IllegalStateException.class);
    }

    assertThat(content.available()).isPositive();
    assertThat(store.exists("notes.md")).isFalse();
  }

  @Test
  void closingWithoutCommit_discardsTheStagedBytes() {
    store.stage(bytes("draft"), 100).close();

    assertThat(entries()).isEmpty();
  }

  @Test
  void aFailingContentStream_propagates_andLeavesNoPartialBytes() {
    InputStream breaking =
        new SequenceInputStream(
            bytes("x".repeat(5_000)),
            new InputStream() {
              @Override
              public int read() {
                throw new BadRequestException("Failed to parse multipart form");
              }
            });

    assertThatThrownBy(() -> store.stage(breaking, 100_000))
        .isInstanceOf(BadRequestException.class)
        .hasMessage("Failed to parse multipart form");
    assertThat(entries()).isEmpty();
  }

  @Test
  void commit_neverReplacesAnExistingFile() throws IOException {
    try (StagedFile first = store.stage(bytes("first"), 100)) {
      first.commit(NOTES);
    }

    try (StagedFile second = store.stage(bytes("second"), 100)) {
      assertThatThrownBy(() -> second.commit(NOTES))
          .isInstanceOf(ConflictException.class)
          .hasMessage("File 'notes.md' already exists");
    }

    assertThat(read(store.open(NOTES, 0))).isEqualTo("first");
    assertThat(entries()).containsExactly("notes.md");
  }

  @Test
  void delete_removesOnce_andMissingFilesAreNotFound() {
    try (StagedFile staged = store.stage(bytes("x"), 100)) {
      staged.commit(NOTES);
    }

    assertThat(store.delete(NOTES)).isTrue();
    assertThat(store.delete(NOTES)).isFalse();
    assertThat(store.exists("notes.md")).isFalse();
    assertThat(store.size(NOTES)).isEmpty();
    assertThatThrownBy(() -> store.open(NOTES, 0))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("File not found");
  }

  @Test
  void paths_onlyForValidNames_insideOneDirectory() {
    assertThat(store.pathOf("a.md").getFileName().toString()).isEqualTo("a.md");
    assertThat(store.pathOf("a.md").getParent()).isEqualTo(store.pathOf("b.txt").getParent());
    assertThat(store.pathOf("a.md").isAbsolute()).isTrue();
    assertThat(store.exists("../a.md")).isFalse();
    assertThat(store.exists(null)).isFalse();
    assertThatThrownBy(() -> store.pathOf("../../etc/passwd.md")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.pathOf(".hidden.md")).isInstanceOf(IllegalArgumentException.class);
  }
}
