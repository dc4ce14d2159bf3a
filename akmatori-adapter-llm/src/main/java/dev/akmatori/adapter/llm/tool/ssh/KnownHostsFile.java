package dev.akmatori.adapter.llm.tool.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code <data-dir>/ssh/known_hosts}: read fresh at every check (it is small, and an operator may
 * edit it while the server runs) and appended to under a lock — this object's monitor for the
 * threads of this process, a file lock for other replicas sharing the data directory. Thread-safe.
 */
final class KnownHostsFile {
  private final Path path;

  KnownHostsFile(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  /** The entries for {@code hostToken}, in file order; none when the file does not exist. */
  List<KnownHostEntry> entriesFor(String hostToken) {
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
          .map(KnownHostEntry::parse)
          .flatMap(Optional::stream)
          .filter(e -> e.matches(hostToken))
          .toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Appends {@code line} unless {@code alreadyKnown} holds for the host's entries as they are once
   * the lock is held (another thread or replica may have recorded the host meanwhile).
   *
   * @return the host's entries the decision was made on, empty when the line was appended
   */
  synchronized List<KnownHostEntry> appendUnless(String hostToken, String line, Predicate<List<KnownHostEntry>> alreadyKnown) {
    try {
      Files.createDirectories(path.getParent());
      try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
              StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        List<KnownHostEntry> current = entriesFor(hostToken);
        if (alreadyKnown.test(current)) {
          return current;
        }
        String prefix = endsWithNewline(channel) ? "" : "\n";
        channel.write(ByteBuffer.wrap((prefix + line + "\n").getBytes(StandardCharsets.UTF_8)), channel.size());
        channel.force(false);
        return List.of();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the host key in " + path, e);
    }
  }

  private static boolean endsWithNewline(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return true;
    }
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    return last.get(0) == '\n';
  }
}
