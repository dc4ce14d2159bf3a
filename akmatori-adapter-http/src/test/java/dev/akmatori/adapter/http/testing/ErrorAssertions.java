package dev.akmatori.adapter.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on the one error body of contract §1.3. */
public final class ErrorAssertions {
  private ErrorAssertions() {}

  public static void assertError(Reply r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode body = r.json();
    assertThat(body.get("code").asText()).isEqualTo(code);
    assertThat(body.get("error").asText()).isNotBlank();
    assertThat(body.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  public static void assertError(Reply r, int status, String code, String message) {
    assertError(r, status, code);
    assertThat(r.json().get("error").asText()).isEqualTo(message);
  }
}
