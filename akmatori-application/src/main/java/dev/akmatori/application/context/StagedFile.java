package dev.akmatori.application.context;

import dev.akmatori.domain.context.ContextFileName;

/**
 * Uploaded bytes written beside the context files but not yet under a name. Closing it removes
 * them unless {@link #commit} moved them into place; closing twice is harmless. Not thread-safe:
 * it belongs to one upload.
 */
public interface StagedFile extends AutoCloseable {
  /** True when the content passed the byte limit; nothing of it is kept then. */
  boolean tooLarge();

  /** The bytes received: the whole content, or more than the limit when {@link #tooLarge()}. */
  long size();

  /**
   * Moves the bytes into place as {@code filename} at once: readers see the whole file or none.
   * Never replaces an existing file.
   *
   * @throws dev.akmatori.domain.shared.ConflictException {@code File '<filename>' already exists}
   *     when something of that name is already there
   * @throws IllegalStateException when the content was too large or already committed
   * @throws java.io.UncheckedIOException when the disk fails; the bytes are then discarded on close
   */
  void commit(ContextFileName filename);

  /** Removes the uncommitted bytes. Never throws. */
  @Override
  void close();
}
