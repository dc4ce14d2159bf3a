package dev.akmatori.adapter.persistence;

import dev.akmatori.application.skill.SkillFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** File helpers of the skill adapters: atomic replace and move, and deleting trees without following links. */
final class FileTrees {
  private static final Logger LOG = LoggerFactory.getLogger(FileTrees.class);

  /** A removal of a directory that was not there. */
  static final SkillFiles.PendingRemoval NOTHING_TO_REMOVE =
      new SkillFiles.PendingRemoval() {
        @Override
        public void restore() {}

        @Override
        public void discard() {}
      };

  private FileTrees() {}

  /** Moves {@code temp} over {@code target} in one step where the file system allows it. */
  static void replace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Renames {@code from} to {@code to} (same directory), never replacing anything. */
  static void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move " + from + " to " + to, e);
    }
  }

  /** Sets {@code rw-r--r--} where the file system has POSIX permissions (umask-independent). */
  static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows and friends: the default permissions apply.
    }
  }

  static boolean sameContent(Path file, byte[] content) throws IOException {
    return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
  }

  /** Deletes {@code root} and everything below it; links are deleted, never followed. */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
        if (failure != null) {
          throw failure;
        }
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** {@link #delete}, logging a failure instead of throwing it. */
  static void deleteQuietly(Path root) {
    try {
      delete(root);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not delete {} (removed at the next start): {}", root, e.toString());
    }
  }

  /** A skill directory renamed to a hidden name beside its old place. */
  record MovedAside(Path original, Path aside) implements SkillFiles.PendingRemoval {
    @Override
    public void restore() {
      move(aside, original);
    }

    @Override
    public void discard() {
      deleteQuietly(aside);
    }
  }
}
