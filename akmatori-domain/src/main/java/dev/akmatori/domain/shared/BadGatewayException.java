package dev.akmatori.domain.shared;

/**
 * An external system the request depends on could not be reached or answered badly (HTTP 502
 * {@code bad_gateway}); the message names the system and the reason.
 */
public final class BadGatewayException extends DomainException {
  private static final long serialVersionUID = 1L;

  public BadGatewayException(String message) {
    super(message);
  }
}
