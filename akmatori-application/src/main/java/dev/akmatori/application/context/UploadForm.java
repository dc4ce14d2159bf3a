package dev.akmatori.application.context;

import java.util.Optional;

/**
 * A {@code multipart/form-data} upload as the use case reads it: its parts in arrival order, each
 * streamed rather than buffered. Read once, by one thread.
 */
public interface UploadForm {
  /**
   * The next part, or empty after the last one; whatever the caller left unread of the previous
   * part is skipped.
   *
   * @throws dev.akmatori.domain.shared.BadRequestException {@code Failed to parse multipart form}
   *     when the body is not valid multipart or breaks off
   * @throws dev.akmatori.domain.shared.TooLargeException when the whole request passes its limit
   */
  Optional<FormPart> next();
}
