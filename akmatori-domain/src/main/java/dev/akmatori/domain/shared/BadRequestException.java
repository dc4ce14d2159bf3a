package dev.akmatori.domain.shared;

/** The request cannot be understood as a whole, e.g. a malformed id (HTTP 400 {@code bad_request}). */
public final class BadRequestException extends DomainException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(message);
  }
}
