package dev.akmatori.adapter.persistence;

import dev.akmatori.application.context.ContextFileProblems;
import dev.akmatori.application.context.StagedFile;
import dev.akmatori.domain.context.ContextFileName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload written to a hidden temporary file beside the context files. {@link #commit} gives it
 * its name with a hard link, which appears at once with the whole content and, unlike a rename,
 * never replaces a file another upload placed there first; the temporary name is then removed.
 */
final class FileStagedUpload implements StagedFile {
  static final Set<PosixFilePermission> MODE_0644 = PosixFilePermissions.fromString("rw-r--r--");
  private static final Logger LOG = LoggerFactory.getLogger(FileStagedUpload.class);

  private final Path temp;
  private final Path directory;
  private long size;
  private boolean done;

  FileStagedUpload(Path temp, Path directory) {
    this.temp = temp;
    this.directory = directory;
  }

  /** The result of an upload past its limit: nothing on disk. */
  static StagedFile tooLarge(long received) {
    FileStagedUpload staged = new FileStagedUpload(null, null);
    staged.size = received;
    staged.done = true;
    return staged;
  }

  void received(long bytes) {
    this.size = bytes;
  }

  @Override
  public boolean tooLarge() {
    return temp == null;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void commit(ContextFileName filename) {
    if (done) {
      throw new IllegalStateException("Nothing to commit: the upload was too large, committed or closed");
    }
    Path target = directory.resolve(filename.value());
    try {
      setMode0644(temp);
      place(target);
    } catch (FileAlreadyExistsException e) {
      throw ContextFileProblems.alreadyExists(filename);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the context file " + filename, e);
    }
    done = true;
    deleteTemp();
  }

  private void place(Path target) throws IOException {
    try {
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
      // A filesystem without hard links: a move without REPLACE_EXISTING refuses an existing
      // target too, only not atomically against a concurrent upload of the same name (the
      // database's unique filename still lets only one of them be recorded).
      Files.move(temp, target);
    }
  }

  /** Explicitly, because a restrictive umask would otherwise decide the mode. */
  private static void setMode0644(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(file, MODE_0644);
    }
  }

  @Override
  public void close() {
    if (!done) {
      done = true;
      deleteTemp();
    }
  }

  private void deleteTemp() {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      LOG.warn("Could not remove the staged upload {}: {}", temp, e.toString());
    }
  }
}
