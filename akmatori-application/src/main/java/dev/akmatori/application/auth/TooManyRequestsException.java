package dev.akmatori.application.auth;

import dev.akmatori.domain.shared.DomainException;

/** The client address is throttled (HTTP 429). */
public final class TooManyRequestsException extends DomainException {
  private static final long serialVersionUID = 1L;

  public TooManyRequestsException(String message) {
    super(message);
  }
}
