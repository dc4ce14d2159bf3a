package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.context.ContextFileStore;
import dev.akmatori.application.context.ContextFileStoreContract;
import dev.akmatori.application.context.StagedFile;
import dev.akmatori.domain.context.ContextFileName;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real directory, plus what only a filesystem can get wrong. */
class FileSystemContextFileStoreTest extends ContextFileStoreContract {
  private static final ContextFileName NOTES = new ContextFileName("notes.md");

  @TempDir Path dataDir;

  private Path dir() {
    return dataDir.resolve("context");
  }

  @Override
  protected ContextFileStore newStore() {
    return new FileSystemContextFileStore(dir());
  }

  @Override
  protected Set<String> entries() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void storedFiles_haveMode0644_andLiveDirectlyInTheDirectory() throws IOException {
    FileSystemContextFileStore store = new FileSystemContextFileStore(dir());
    try (StagedFile staged = store.stage(text("x"), 10)) {
      staged.commit(NOTES);
    }

    Path file = dir().resolve("notes.md");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    assertThat(store.pathOf("notes.md")).isEqualTo(file.toAbsolutePath());
  }

  @Test
  void whileStaging_theBytesGoToAHiddenTempFileBesideTheFiles_andTheNameDoesNotExistYet() {
    FileSystemContextFileStore store = new FileSystemContextFileStore(dir());
    List<Set<String>> seenMidway = new ArrayList<>();
    InputStream content =
        new InputStream() {
          private int left = 200_000;

          @Override
          public int read() {
            if (left == 100_000) {
              seenMidway.add(entries());
            }
            return left-- > 0 ? 'x' : -1;
          }
        };

    try (StagedFile staged = store.stage(content, 1_000_000)) {
      assertThat(store.exists("notes.md")).isFalse();
      staged.commit(NOTES);
    }

    assertThat(seenMidway).hasSize(1);
    assertThat(seenMidway.get(0)).singleElement().asString().startsWith(".upload-").endsWith(".tmp");
    assertThat(entries()).containsExactly("notes.md");
    assertThat(store.size(NOTES)).hasValue(200_000);
  }

  @Test
  void anUploadPastTheLimit_leavesNoPartialFileOnDisk() {
    FileSystemContextFileStore store = new FileSystemContextFileStore(dir());
    byte[] big = new byte[3 * 64 * 1024];

    try (StagedFile staged = store.stage(new ByteArrayInputStream(big), 100_000)) {
      assertThat(staged.tooLarge()).isTrue();
      assertThat(entries()).isEmpty();
    }
    assertThat(entries()).isEmpty();
  }

  @Test
  void aDirectoryNamedLikeTheFile_isAConflict_andIsNeverDeleted() throws IOException {
    Files.createDirectories(dir().resolve("notes.md"));
    FileSystemContextFileStore store = new FileSystemContextFileStore(dir());

    try (StagedFile staged = store.stage(text("x"), 10)) {
      assertThat(store.exists("notes.md")).isFalse();
      assertThatThrownBy(() -> staged.commit(NOTES)).isInstanceOf(ConflictException.class);
    }

    assertThat(store.delete(NOTES)).isFalse();
    assertThat(dir().resolve("notes.md")).isDirectory();
    assertThat(entries()).containsExactly("notes.md");
  }

  @Test
  void symbolicLinks_areNeverFollowed_andDeletingOneLeavesItsTargetAlone() throws IOException {
    Path secret = Files.writeString(dataDir.resolve("secret.txt"), "top secret");
    Files.createDirectories(dir());
    Files.createSymbolicLink(dir().resolve("notes.md"), secret);
    FileSystemContextFileStore store = new FileSystemContextFileStore(dir());

    assertThat(store.exists("notes.md")).isFalse();
    assertThat(store.size(NOTES)).isEmpty();
    assertThatThrownBy(() -> store.open(NOTES, 0)).isInstanceOf(NotFoundException.class);
    assertThat(store.delete(NOTES)).isTrue();
    assertThat(secret).hasContent("top secret");
  }

  @Test
  void startup_removesUploadsACrashLeftBehind_butNotFreshOnes() throws IOException {
    Files.createDirectories(dir());
    Path stale = Files.writeString(dir().resolve(".upload-123.tmp"), "half");
    Instant longAgo = Instant.now().minus(FileSystemContextFileStore.STALE_AFTER).minusSeconds(60);
    Files.setLastModifiedTime(stale, FileTime.from(longAgo));
    Path fresh = Files.writeString(dir().resolve(".upload-456.tmp"), "in flight on another replica");
    Path kept = Files.writeString(dir().resolve("old.md"), "a context file");
    Files.setLastModifiedTime(kept, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));

    new FileSystemContextFileStore(dir());

    assertThat(stale).doesNotExist();
    assertThat(fresh).exists();
    assertThat(kept).exists();
  }

  @Test
  void twoUploadsOfOneName_committedAtOnce_exactlyOneWins_andItsContentIsWhole() throws Exception {
    FileSystemContextFileStore store = new FileSystemContextFileStore(dir());
    for (int round = 0; round < 20; round++) {
      ContextFileName name = new ContextFileName("race-" + round + ".md");
      StagedFile a = store.stage(text("a".repeat(10_000)), 100_000);
      StagedFile b = store.stage(text("b".repeat(10_000)), 100_000);
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<Boolean> first = pool.submit(() -> commitAfter(start, a, name));
        Future<Boolean> second = pool.submit(() -> commitAfter(start, b, name));

        assertThat(first.get() ^ second.get()).as("exactly one commit wins").isTrue();
      } finally {
        pool.shutdownNow();
        a.close();
        b.close();
      }
      assertThat(Files.readString(dir().resolve(name.value()))).matches("a{10000}|b{10000}");
    }
    assertThat(entries()).allMatch(n -> n.startsWith("race-"));
  }

  private static boolean commitAfter(CyclicBarrier start, StagedFile staged, ContextFileName name) throws Exception {
    start.await();
    try {
      staged.commit(name);
      return true;
    } catch (ConflictException lost) {
      return false;
    }
  }

  @Test
  void aRelativeDirectory_givesAbsolutePaths() {
    FileSystemContextFileStore store = new FileSystemContextFileStore(dataDir.resolve("x/../context"));

    assertThat(store.pathOf("a.md")).isEqualTo(dir().toAbsolutePath().normalize().resolve("a.md"));
  }

  @Test
  void aDirectoryRemovedAtRuntime_isCreatedAgainForTheNextUpload() throws IOException {
    FileSystemContextFileStore store = new FileSystemContextFileStore(dir());
    Files.delete(dir());

    try (StagedFile staged = store.stage(text("x"), 10)) {
      staged.commit(NOTES);
    }

    assertThat(dir().resolve("notes.md")).hasContent("x");
  }
}
