package dev.akmatori.adapter.persistence;

import dev.akmatori.application.retention.DirectoryEntry;
import dev.akmatori.application.retention.IncidentDirectories;
import dev.akmatori.application.retention.WorkspaceRemovalException;
import dev.akmatori.domain.retention.WorkspaceNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The incident workspaces on disk for the retention cleanup (ADR 0019). Before anything is deleted
 * the entry's real path (links resolved) must lie inside the root's real path and must not be
 * another UUID-named workspace; the tree is then deleted without following links ({@link
 * FileTreeRemoval}). Thread-safe.
 */
public final class FileIncidentDirectories implements IncidentDirectories {
  private final Path root;

  /** Uses (and creates) {@code root}, normally {@code <data-dir>/incidents}. */
  public FileIncidentDirectories(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the incident directory " + this.root, e);
    }
  }

  @Override
  public Stream<DirectoryEntry> list() {
    DirectoryStream<Path> entries;
    try {
      entries = Files.newDirectoryStream(root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + root, e);
    }
    return StreamSupport.stream(entries.spliterator(), false)
        .onClose(() -> closeQuietly(entries))
        .filter(Files::isDirectory)
        .flatMap(p -> entry(p).stream());
  }

  @Override
  public long remove(String name) {
    Path entry = root.resolve(name).normalize();
    if (name.isEmpty() || !root.equals(entry.getParent())) {
      throw new WorkspaceRemovalException("'" + name + "' is not an entry of " + root, 0);
    }
    if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    Path real = checkedRealPath(name, entry);
    long bytes = FileTreeRemoval.delete(real);
    if (Files.isSymbolicLink(entry)) {
      try {
        Files.deleteIfExists(entry);
      } catch (IOException e) {
        throw new WorkspaceRemovalException("cannot delete the link " + entry + ": " + FileTreeRemoval.reason(e), bytes);
      }
    }
    return bytes;
  }

  /** The entry's real path, once it is known to lie inside the root and not in another workspace. */
  private Path checkedRealPath(String name, Path entry) {
    Path realRoot;
    Path real;
    try {
      realRoot = root.toRealPath();
      real = entry.toRealPath();
    } catch (IOException e) {
      throw new WorkspaceRemovalException(entry + " does not resolve to a real path: " + FileTreeRemoval.reason(e), 0);
    }
    if (!real.startsWith(realRoot) || real.equals(realRoot)) {
      throw new WorkspaceRemovalException(entry + " resolves to " + real + ", outside " + realRoot, 0);
    }
    String first = realRoot.relativize(real).getName(0).toString();
    if (!first.equals(name) && WorkspaceNames.isWorkspaceName(first)) {
      throw new WorkspaceRemovalException(entry + " resolves to " + real + ", another incident's workspace", 0);
    }
    return real;
  }

  private static Optional<DirectoryEntry> entry(Path p) {
    try {
      return Optional.of(new DirectoryEntry(
          p.getFileName().toString(), Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant()));
    } catch (IOException e) {
      return Optional.empty(); // removed while listing
    }
  }

  private static void closeQuietly(DirectoryStream<Path> entries) {
    try {
      entries.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
