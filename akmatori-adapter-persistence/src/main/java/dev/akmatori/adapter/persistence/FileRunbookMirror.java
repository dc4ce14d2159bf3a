package dev.akmatori.adapter.persistence;

import dev.akmatori.application.runbook.RunbookMirror;
import dev.akmatori.domain.runbook.Runbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mirrors runbooks as {@code <id>-<slug>.md} files in one directory (contract §3.7). Files are
 * replaced atomically and only when their content changed; every other {@code *.md} file there is
 * removed. Safe to run concurrently with itself: a lost race is repaired by the next sync.
 */
public final class FileRunbookMirror implements RunbookMirror {
  private final Path directory;

  /** Uses (and creates) {@code directory}, normally {@code <data-dir>/runbooks}. */
  public FileRunbookMirror(Path directory) {
    this.directory = directory;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the runbook directory " + directory, e);
    }
  }

  @Override
  public void sync(List<Runbook> all) {
    Map<String, byte[]> wanted = new HashMap<>();
    for (Runbook runbook : all) {
      wanted.put(runbook.fileName(), runbook.fileContent().getBytes(StandardCharsets.UTF_8));
    }
    try {
      for (Map.Entry<String, byte[]> file : wanted.entrySet()) {
        writeIfChanged(directory.resolve(file.getKey()), file.getValue());
      }
      removeAllBut(wanted);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sync the runbook files in " + directory, e);
    }
  }

  private void writeIfChanged(Path target, byte[] content) throws IOException {
    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        && Files.size(target) == content.length
        && Arrays.equals(Files.readAllBytes(target), content)) {
      return;
    }
    // Hidden, not *.md (a concurrent sync never deletes it), default permissions (umask applies).
    Path temp = Files.createFile(directory.resolve(".runbook-" + UUID.randomUUID() + ".tmp"));
    try {
      Files.write(temp, content);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void removeAllBut(Map<String, byte[]> wanted) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.md")) {
      for (Path file : files) {
        boolean stale = !wanted.containsKey(file.getFileName().toString());
        if (stale && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
