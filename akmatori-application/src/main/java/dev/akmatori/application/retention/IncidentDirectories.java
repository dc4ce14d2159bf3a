package dev.akmatori.application.retention;

import java.util.stream.Stream;

/**
 * The incident workspaces on disk as the retention cleanup sees them: the directories directly in
 * {@code <data-dir>/incidents/} (contract §5.3, §3.10.5). Thread-safe.
 */
public interface IncidentDirectories {
  /**
   * Every directory (or symbolic link to one) directly in the root, read lazily; the caller must
   * close the stream. Entries removed while it is read may or may not appear.
   *
   * @throws java.io.UncheckedIOException when the root cannot be read
   */
  Stream<DirectoryEntry> list();

  /**
   * Deletes the entry {@code name} of the root and everything under its real path, never following
   * a symbolic link found inside it (the link itself is deleted). Nothing is deleted when the
   * entry's real path, links resolved, does not lie inside the root's real path, or is another
   * workspace of the root.
   *
   * @return the bytes of the regular files deleted; 0 when there is no such entry
   * @throws WorkspaceRemovalException when the real path is outside the root (nothing deleted) or
   *     a file could not be deleted (what was deleted is in {@link WorkspaceRemovalException#bytesFreed()})
   */
  long remove(String name);
}
