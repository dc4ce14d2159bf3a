package dev.akmatori.domain.shared;

/** Content over its size limit, e.g. an uploaded file past 10 MiB (HTTP 413). */
public final class TooLargeException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  public TooLargeException(String message, long limit) {
    super(message);
    this.limit = limit;
  }

  /** The limit that was passed, in bytes. */
  public long limit() {
    return limit;
  }
}
