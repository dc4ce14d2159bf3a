package dev.akmatori.application.context;

import dev.akmatori.domain.context.ContextFileName;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * The bytes of the context files under {@code <data-dir>/context/} (contract §3.6). The database
 * holds their records; a file is only ever created whole (see {@link StagedFile#commit}). Thread-
 * safe; disk failures are {@link java.io.UncheckedIOException}s and are not retried.
 */
public interface ContextFileStore extends ContextFilePaths {
  /**
   * Streams {@code content} into a staged file, stopping as soon as more than {@code maxBytes} have
   * arrived: then the partial bytes are removed at once and the result is {@link
   * StagedFile#tooLarge()}; what is left of {@code content} is not read. An exception thrown by
   * {@code content} (a broken or oversized request) propagates after the partial bytes are removed.
   * {@code content} is not closed.
   */
  StagedFile stage(InputStream content, long maxBytes);

  /** The size of the stored file in bytes; empty when it is missing or not a regular file. */
  OptionalLong size(ContextFileName filename);

  /**
   * The stored bytes from {@code offset} on; the caller closes the stream.
   *
   * @throws dev.akmatori.domain.shared.NotFoundException {@code File not found} when it is missing
   */
  InputStream open(ContextFileName filename, long offset);

  /** Removes the file; false when there was none. */
  boolean delete(ContextFileName filename);
}
