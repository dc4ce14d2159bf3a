package dev.akmatori.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The {@code assets/} directory of one skill (contract §3.3.5): one symbolic link per referenced
 * context file, or a copy where links are not supported. Entries are links and regular files;
 * subdirectories someone put there are left alone.
 */
final class AssetLinks {
  private final Path assets;

  AssetLinks(Path assets) {
    this.assets = assets;
  }

  /** Makes the directory hold exactly {@code wanted} (name → target), removing stale entries. */
  void sync(Map<String, Path> wanted) {
    try {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(assets)) {
        for (Path entry : entries) {
          if (!wanted.containsKey(entry.getFileName().toString())) {
            deleteEntry(entry);
          }
        }
      }
      for (Map.Entry<String, Path> link : wanted.entrySet()) {
        place(SkillTree.child(assets, link.getKey()), link.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sync " + assets, e);
    }
  }

  /** Removes the entry for {@code filename}, if any. */
  void remove(String filename) {
    try {
      deleteEntry(SkillTree.child(assets, filename));
    } catch (IllegalArgumentException notAPlainName) {
      // Nothing by that name can be in assets/.
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + filename + " from " + assets, e);
    }
  }

  private static void place(Path link, Path target) throws IOException {
    if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
      return;
    }
    deleteEntry(link);
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | FileSystemException noLinksHere) {
      Files.copy(target, link, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteEntry(Path entry) throws IOException {
    if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(entry);
    }
  }
}
