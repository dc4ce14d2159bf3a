package dev.akmatori.adapter.persistence;

import dev.akmatori.application.retention.WorkspaceRemovalException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deletes a file tree bottom-up without following symbolic links (a link is deleted, never its
 * target), counting the bytes of the regular files deleted. It carries on past a failure so that
 * as much as possible is freed, then reports the first failure with the bytes freed.
 */
final class FileTreeRemoval extends SimpleFileVisitor<Path> {
  private long bytes;
  private String failure;

  private FileTreeRemoval() {}

  /**
   * Deletes {@code start} and everything under it; returns the bytes freed.
   *
   * @throws WorkspaceRemovalException naming the first path that could not be deleted
   */
  static long delete(Path start) {
    FileTreeRemoval removal = new FileTreeRemoval();
    try {
      Files.walkFileTree(start, removal);
    } catch (IOException e) {
      removal.fail(start, e);
    }
    if (removal.failure != null) {
      throw new WorkspaceRemovalException(removal.failure, removal.bytes);
    }
    return removal.bytes;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    long size = attrs.isRegularFile() ? attrs.size() : 0;
    try {
      Files.delete(file);
      bytes += size;
    } catch (NoSuchFileException gone) {
      // deleted meanwhile: nothing to free
    } catch (IOException e) {
      fail(file, e);
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (!(e instanceof NoSuchFileException)) {
      fail(file, e);
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException e) {
    if (e != null) {
      fail(dir, e);
    }
    try {
      Files.delete(dir);
    } catch (NoSuchFileException gone) {
      // deleted meanwhile
    } catch (IOException deleteFailure) {
      fail(dir, deleteFailure);
    }
    return FileVisitResult.CONTINUE;
  }

  private void fail(Path path, IOException e) {
    if (failure == null) {
      failure = "cannot delete " + path + ": " + reason(e);
    }
  }

  /** For messages: the reason a file system call gave, else the exception's kind. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getClass().getSimpleName();
  }
}
