package dev.akmatori.adapter.http.error;

/**
 * A request rejected by the HTTP layer itself rather than by a use case: size limits and media
 * types. Carries its status and machine code; mapped by {@link ErrorMapper}. No stack trace, it is
 * control flow.
 */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public HttpProblem(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** 413 for a body over {@code maxBytes} (contract §1.6). */
  public static HttpProblem payloadTooLarge(long maxBytes) {
    return new HttpProblem(
        413, "payload_too_large", "Request body exceeds maximum size of " + maxBytes + " bytes");
  }

  /** 413 with a route's own message, e.g. {@code Script exceeds maximum size of 1048576 bytes}. */
  public static HttpProblem payloadTooLarge(String message) {
    return new HttpProblem(413, "payload_too_large", message);
  }

  /** 415 for a non-JSON {@code Content-Type} on a JSON endpoint (contract §1.4). */
  public static HttpProblem unsupportedMediaType() {
    return unsupportedMediaType("application/json");
  }

  /** 415 for a request whose {@code Content-Type} is not {@code expected}. */
  public static HttpProblem unsupportedMediaType(String expected) {
    return new HttpProblem(415, "unsupported_media_type", "Content-Type must be " + expected);
  }

  /** 416 for a {@code Range} that starts past the end of a download (RFC 9110 §15.5.17). */
  public static HttpProblem rangeNotSatisfiable() {
    return new HttpProblem(416, "range_not_satisfiable", "Range not satisfiable");
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
