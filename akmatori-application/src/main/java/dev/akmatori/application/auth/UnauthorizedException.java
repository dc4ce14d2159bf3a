package dev.akmatori.application.auth;

import dev.akmatori.domain.shared.DomainException;

/** Credentials are missing or wrong (HTTP 401 with {@code WWW-Authenticate}). */
public final class UnauthorizedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String message) {
    super(message);
  }
}
