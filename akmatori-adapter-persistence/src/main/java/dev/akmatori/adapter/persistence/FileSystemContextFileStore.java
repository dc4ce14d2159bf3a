package dev.akmatori.adapter.persistence;

import dev.akmatori.application.context.ContextFileProblems;
import dev.akmatori.application.context.ContextFileStore;
import dev.akmatori.application.context.StagedFile;
import dev.akmatori.domain.context.ContextFileName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Context files as plain files in one directory, normally {@code <data-dir>/context} (contract
 * §3.6). Uploads are staged as hidden {@code .upload-*.tmp} files in the same directory and linked
 * into place whole (see {@link FileStagedUpload}); only regular files count, symbolic links are
 * never followed. Safe for several processes sharing the directory.
 */
public final class FileSystemContextFileStore implements ContextFileStore {
  static final String TEMP_PREFIX = ".upload-";
  static final String TEMP_SUFFIX = ".tmp";
  /** Staged files this old were left by a crash; no upload takes a day. */
  static final Duration STALE_AFTER = Duration.ofDays(1);

  private static final Logger LOG = LoggerFactory.getLogger(FileSystemContextFileStore.class);
  private static final int BUFFER = 64 * 1024;

  private final Path directory;

  /** Uses (and creates) {@code directory}, removing uploads a crash left behind. */
  public FileSystemContextFileStore(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
    createDirectory();
    removeStaleUploads();
  }

  @Override
  public StagedFile stage(InputStream content, long maxBytes) {
    createDirectory();
    Path temp;
    try {
      temp = Files.createTempFile(directory, TEMP_PREFIX, TEMP_SUFFIX);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot stage an upload in " + directory, e);
    }
    FileStagedUpload staged = new FileStagedUpload(temp, directory);
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      long size = copy(content, out, maxBytes);
      if (size > maxBytes) {
        staged.close();
        return FileStagedUpload.tooLarge(size);
      }
      out.force(true);
      staged.received(size);
      return staged;
    } catch (IOException e) {
      staged.close();
      throw new UncheckedIOException("Cannot write an upload to " + directory, e);
    } catch (RuntimeException | Error e) {
      staged.close();
      throw e;
    }
  }

  /** Copies until the end or until more than {@code maxBytes} arrived; returns the bytes seen. */
  private static long copy(InputStream content, FileChannel out, long maxBytes) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    while (true) {
      int n = content.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total));
      if (n < 0) {
        return total;
      }
      total += n;
      if (total > maxBytes) {
        return total;
      }
      ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
      while (chunk.hasRemaining()) {
        out.write(chunk);
      }
    }
  }

  @Override
  public OptionalLong size(ContextFileName filename) {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(resolve(filename.value()), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.isRegularFile() ? OptionalLong.of(attributes.size()) : OptionalLong.empty();
    } catch (NoSuchFileException e) {
      return OptionalLong.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the context file " + filename, e);
    }
  }

  @Override
  public InputStream open(ContextFileName filename, long offset) {
    Path path = resolve(filename.value());
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      throw ContextFileProblems.notFound();
    }
    try {
      FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
      return Channels.newInputStream(channel.position(offset));
    } catch (NoSuchFileException e) {
      throw ContextFileProblems.notFound();
    } catch (FileSystemException e) {
      // Replaced by a symbolic link meanwhile (ELOOP), or gone: either way not a context file.
      throw ContextFileProblems.notFound();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the context file " + filename, e);
    }
  }

  @Override
  public boolean delete(ContextFileName filename) {
    Path path = resolve(filename.value());
    try {
      return !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the context file " + filename, e);
    }
  }

  @Override
  public boolean exists(String filename) {
    return ContextFileName.isValid(filename)
        && Files.isRegularFile(resolve(filename), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public Path pathOf(String filename) {
    return resolve(filename);
  }

  /**
   * {@code filename} inside the directory. The name rule already forbids separators, dots at the
   * start and {@code ..}; the check after resolving keeps that true whatever the rule becomes.
   */
  private Path resolve(String filename) {
    if (!ContextFileName.isValid(filename)) {
      throw new IllegalArgumentException("Not a context file name: " + filename);
    }
    Path path = directory.resolve(filename).normalize();
    if (!directory.equals(path.getParent())) {
      throw new IllegalArgumentException("Context file name leaves its directory: " + filename);
    }
    return path;
  }

  private void createDirectory() {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the context directory " + directory, e);
    }
  }

  private void removeStaleUploads() {
    FileTime cutoff = FileTime.from(Instant.now().minus(STALE_AFTER));
    try (DirectoryStream<Path> temps =
        Files.newDirectoryStream(directory, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        if (Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS).compareTo(cutoff) < 0) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      LOG.warn("Could not remove stale uploads in {}: {}", directory, e.toString());
    }
  }
}
