package dev.akmatori.adapter.http.error;

import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;

/**
 * The error body for a bare HTTP status, used where no exception says more: Javalin's own
 * responses and the requests Jetty rejects before routing (contract §1.3).
 */
final class StatusProblems {
  static final String INTERNAL = "Internal server error";

  private static final Map<Integer, ErrorBody> KNOWN =
      Map.ofEntries(
          Map.entry(400, ErrorBody.of("Bad request: ambiguous or malformed URI", "bad_request")),
          Map.entry(404, ErrorBody.of("Not found", "not_found")),
          Map.entry(405, ErrorBody.of("Method not allowed", "method_not_allowed")),
          Map.entry(413, ErrorBody.of("Request body too large", "payload_too_large")),
          Map.entry(414, ErrorBody.of("URI too long", "uri_too_long")),
          Map.entry(
              415, ErrorBody.of("Content-Type must be application/json", "unsupported_media_type")),
          Map.entry(431, ErrorBody.of("Request headers too large", "headers_too_large")));

  private StatusProblems() {}

  /** A known body for {@code status}; else one built from the reason phrase, 5xx never detailed. */
  static ErrorBody forStatus(int status) {
    ErrorBody known = KNOWN.get(status);
    if (known != null) {
      return known;
    }
    if (status >= 500 || status < 400) {
      return ErrorBody.of(INTERNAL, "internal_error");
    }
    String reason = HttpStatus.getMessage(status);
    return ErrorBody.of(reason, reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
  }
}
