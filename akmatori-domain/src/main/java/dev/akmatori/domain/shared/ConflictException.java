package dev.akmatori.domain.shared;

/** A unique value is taken, or the resource's state forbids the change (HTTP 409). */
public final class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
