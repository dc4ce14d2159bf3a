package dev.akmatori.domain.shared;

/** The change is understood but never allowed, e.g. deleting a system skill (HTTP 403). */
public final class ForbiddenException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }
}
