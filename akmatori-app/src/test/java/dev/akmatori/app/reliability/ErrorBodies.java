package dev.akmatori.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Assertions on the one error body of contract §1.3. */
final class ErrorBodies {
  /** The {@code code} each status may carry (§1.3 table). */
  private static final Map<Integer, Set<String>> CODES =
      Map.ofEntries(
          Map.entry(400, Set.of("bad_request", "validation_error")),
          Map.entry(401, Set.of("unauthorized")),
          Map.entry(403, Set.of("forbidden")),
          Map.entry(404, Set.of("not_found")),
          Map.entry(405, Set.of("method_not_allowed")),
          Map.entry(409, Set.of("conflict")),
          Map.entry(413, Set.of("payload_too_large")),
          Map.entry(414, Set.of("uri_too_long")),
          Map.entry(415, Set.of("unsupported_media_type")),
          Map.entry(416, Set.of("range_not_satisfiable")),
          Map.entry(429, Set.of("too_many_requests")),
          Map.entry(431, Set.of("headers_too_large")),
          Map.entry(502, Set.of("bad_gateway")));
  private static final Set<String> KEYS = Set.of("error", "code", "details");

  private ErrorBodies() {}

  /**
   * A 4xx carrying the error body: JSON content type, {@code error} and {@code code} (the one its
   * status allows), string {@code details} only if any, no other key, nothing that looks like a
   * stack trace or SQL. Returns the parsed body.
   */
  static JsonNode assertClientError(Answer a) {
    assertThat(a.status()).as("a 4xx: %s", a).isBetween(400, 499);
    return assertBody(a);
  }

  /** The error body of any status (a documented 5xx included). */
  static JsonNode assertBody(Answer a) {
    assertThat(a.header("Content-Type")).as("content type of %s", a)
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = a.json();
    assertThat(body.isObject()).as("an object: %s", a).isTrue();
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      assertThat(KEYS).as("only error, code, details: %s", a).contains(names.next());
    }
    assertThat(body.path("error").isTextual() && !body.path("error").asText().isBlank()).as("error: %s", a).isTrue();
    assertThat(CODES.get(a.status())).as("code for status: %s", a).contains(body.path("code").asText());
    if (body.has("details")) {
      assertThat(body.get("details").isObject()).as("details is an object: %s", a).isTrue();
      body.get("details").forEach(m -> assertThat(m.isTextual()).as("details are strings: %s", a).isTrue());
    }
    assertThat(a.text()).as("no stack trace or SQL: %s", a)
        .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.h2").doesNotContain("jdbc:")
        .doesNotContain("SQL state").doesNotContain("SQLSTATE").doesNotContain("ERROR:");
    return body;
  }

  static JsonNode assertError(Answer a, int status, String code) {
    assertThat(a.status()).as("status of %s", a).isEqualTo(status);
    JsonNode body = assertClientError(a);
    assertThat(body.path("code").asText()).as("code of %s", a).isEqualTo(code);
    return body;
  }

  static JsonNode assertError(Answer a, int status, String code, String message) {
    JsonNode body = assertError(a, status, code);
    assertThat(body.path("error").asText()).as("message of %s", a).isEqualTo(message);
    return body;
  }

  /** 400 {@code validation_error} whose details name {@code field} (with {@code message} if not null). */
  static void assertFieldError(Answer a, String field, String message) {
    JsonNode body = assertError(a, 400, "validation_error", "Validation failed");
    assertThat(body.path("details").has(field)).as("details name %s: %s", field, a).isTrue();
    if (message != null) {
      assertThat(body.path("details").path(field).asText()).as("details.%s of %s", field, a).isEqualTo(message);
    }
  }
}
