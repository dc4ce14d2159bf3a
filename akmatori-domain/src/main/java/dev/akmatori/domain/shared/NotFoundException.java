package dev.akmatori.domain.shared;

/** The addressed resource does not exist (HTTP 404). */
public final class NotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
