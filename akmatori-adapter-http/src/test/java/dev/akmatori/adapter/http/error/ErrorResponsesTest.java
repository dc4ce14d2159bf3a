package dev.akmatori.adapter.http.error;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The error bodies of contract §1.3 for malformed, oversized and misrouted requests. */
class ErrorResponsesTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void malformedJson_isBadRequestNamingLineAndColumn() {
    Reply r = api.post("/api/runbooks", "{\"title\": \"x\",\n \"content\": }");

    assertError(r, 400, "bad_request");
    assertThat(r.json().get("error").asText())
        .startsWith("Malformed JSON: ")
        .contains("line 2, column")
        .doesNotContain("Source");
  }

  @Test
  void emptyBody_isBadRequest() {
    assertError(api.post("/api/runbooks", ""), 400, "bad_request", "Request body is empty");
    assertError(api.post("/api/runbooks", "  \n "), 400, "bad_request", "Request body is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"text\"", "42", "null", "true"})
  void nonObjectTopLevel_isBadRequest(String body) {
    assertError(api.post("/api/runbooks", body), 400, "bad_request", "Request body must be a JSON object");
  }

  @Test
  void trailingGarbageAndDuplicateKeys_areMalformed() {
    assertError(api.post("/api/runbooks", "{\"title\":\"a\",\"content\":\"b\"} {}"), 400, "bad_request");
    Reply duplicate = api.post("/api/runbooks", "{\"title\":\"a\",\"title\":\"b\",\"content\":\"c\"}");
    assertError(duplicate, 400, "bad_request");
    assertThat(duplicate.json().get("error").asText()).contains("Duplicate field 'title'");
  }

  @Test
  void deepNestingAndHugeNumbers_areBadRequestNotServerErrors() {
    String deep = "{\"title\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertError(api.post("/api/runbooks", deep), 400, "bad_request");
    String huge = "{\"title\": " + "9".repeat(5000) + ", \"content\": \"c\"}";
    assertError(api.post("/api/runbooks", huge), 400, "bad_request");
  }

  @Test
  void unknownField_isValidationErrorNamingIt() {
    Reply r = api.post("/api/runbooks", "{\"title\":\"t\",\"content\":\"c\",\"tags\":[]}");

    assertError(r, 400, "validation_error", "Validation failed");
    assertThat(r.json().get("details").get("tags").asText()).isEqualTo("unknown field");
  }

  @Test
  void wrongTypes_areNeverCoercedAndEveryFieldIsReported() {
    Reply r = api.post("/api/runbooks", "{\"title\": 5, \"content\": \"\", \"x\": 1}");

    assertError(r, 400, "validation_error", "Validation failed");
    JsonNode details = r.json().get("details");
    assertThat(details.get("title").asText()).isEqualTo("must be a string");
    assertThat(details.get("content").asText()).isEqualTo("is required");
    assertThat(details.get("x").asText()).isEqualTo("unknown field");
  }

  @Test
  void numberForBoolean_isNotABoolean() {
    long id = api.post("/api/api-keys", "{\"name\":\"ci\"}").json().get("id").asLong();

    Reply r = api.put("/api/api-keys/" + id, "{\"enabled\": 1, \"name\": false}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("enabled").asText()).isEqualTo("must be a boolean");
    assertThat(r.json().get("details").get("name").asText()).isEqualTo("must be a string");
  }

  @Test
  void declaredBodyOverOneMebibyte_is413() {
    byte[] twoMiB = new byte[2 * 1024 * 1024];
    Arrays.fill(twoMiB, (byte) ' ');

    Reply r = api.send(api.request("/api/runbooks").POST(BodyPublishers.ofByteArray(twoMiB)));

    assertError(r, 413, "payload_too_large", "Request body exceeds maximum size of 1048576 bytes");
  }

  @Test
  void chunkedBodyOverOneMebibyte_isMeasuredWhileRead() {
    byte[] twoMiB = new byte[2 * 1024 * 1024];
    Arrays.fill(twoMiB, (byte) ' ');

    Reply r =
        api.send(
            api.request("/api/runbooks")
                .POST(TestApi.chunked(() -> new ByteArrayInputStream(twoMiB)))
                .header("Content-Type", "application/json"));

    assertError(r, 413, "payload_too_large", "Request body exceeds maximum size of 1048576 bytes");
  }

  @Test
  void nonJsonContentType_is415() {
    Reply r =
        api.send(
            api.request("/api/runbooks")
                .POST(BodyPublishers.ofString("{\"title\":\"t\",\"content\":\"c\"}"))
                .header("Content-Type", "text/plain"));

    assertError(r, 415, "unsupported_media_type", "Content-Type must be application/json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json; charset=utf-8", "application/merge-patch+json", "APPLICATION/JSON"})
  void jsonContentTypes_areAccepted(String type) {
    Reply r =
        api.send(
            api.request("/api/runbooks")
                .POST(BodyPublishers.ofString("{\"title\":\"t\",\"content\":\"c\"}"))
                .header("Content-Type", type));

    assertThat(r.status()).isEqualTo(201);
  }

  @Test
  void bodyWithoutContentType_isTreatedAsJson() {
    Reply r =
        api.send(api.request("/api/runbooks").POST(BodyPublishers.ofString("{\"title\":\"t\",\"content\":\"c\"}")));

    assertThat(r.status()).isEqualTo(201);
  }

  @Test
  void unknownRoute_isNotFound() {
    assertError(api.get("/api/nothing-here"), 404, "not_found", "Not found");
  }

  @Test
  void knownPathWithWrongMethod_is405WithAllow() {
    Reply r = api.send(api.request("/api/runbooks").method("PATCH", BodyPublishers.noBody()));

    assertError(r, 405, "method_not_allowed", "Method not allowed");
    assertThat(r.header("Allow")).isEqualTo("GET, POST");
  }

  @Test
  void wrongMethodOnItemPath_listsItsMethods() {
    Reply r = api.send(api.request("/api/api-keys/7").POST(BodyPublishers.noBody()));

    assertError(r, 405, "method_not_allowed");
    assertThat(r.header("Allow")).isEqualTo("DELETE, GET, PUT");
  }

  @Test
  void wrongMethodOnPublicPath_is405EvenWithoutCredentials() {
    Reply r = api.send(api.anonymous("/api/health").DELETE());

    assertError(r, 405, "method_not_allowed");
    assertThat(r.header("Allow")).isEqualTo("GET");
    assertThat(r.header("WWW-Authenticate")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "0", "-1", "1.5", "99999999999999999999", "+1"})
  void badNumericIds_areBadRequestWithTheResourceMessage(String id) {
    assertError(api.get("/api/runbooks/" + id), 400, "bad_request", "Invalid runbook ID");
    assertError(api.delete("/api/api-keys/" + id), 400, "bad_request", "Invalid API key ID");
  }
}
