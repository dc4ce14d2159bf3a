package dev.akmatori.application.model;

/**
 * A model call failed for good (after retries where they apply). The message is the text an incident
 * records as its error: {@code LLM request failed: <status> <provider message>}; it never contains the
 * API key.
 */
public final class ModelCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /** {@code status} is the HTTP status, or 0 when no response arrived (network error, timeout). */
  public ModelCallException(int status, String providerMessage, Throwable cause) {
    super("LLM request failed: " + (status > 0 ? status + " " : "") + providerMessage, cause);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
