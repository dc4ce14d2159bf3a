package dev.akmatori.adapter.http.auth;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestAccounts;
import dev.akmatori.adapter.http.testing.TestApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/auth/login} and {@code GET /api/auth/verify} (contract §2.3). */
class LoginTest {
  private static final String GOOD =
      "{\"username\":\"admin\",\"password\":\"" + TestAccounts.PASSWORD + "\"}";
  private static final String BAD = "{\"username\":\"admin\",\"password\":\"wrong password\"}";

  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply login(String path, String body) {
    return api.send(api.anonymous(path).POST(BodyPublishers.ofString(body)));
  }

  @Test
  void rightCredentials_returnAWorkingToken() {
    Reply r = login("/api/auth/login", GOOD);

    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("username").asText()).isEqualTo("admin");
    assertThat(body.get("expires_in").asLong()).isEqualTo(86_400);
    Reply verify =
        api.send(api.anonymous("/auth/verify").header("Authorization", "Bearer " + body.get("token").asText()));
    assertThat(verify.status()).isEqualTo(200);
    assertThat(verify.json().get("username").asText()).isEqualTo("admin");
  }

  @Test
  void rootAlias_behavesLikeTheApiRoute() {
    assertThat(login("/auth/login", GOOD).json().get("token").asText()).contains(".");
  }

  @Test
  void wrongPassword_isUnauthorized() {
    Reply r = login("/api/auth/login", BAD);

    assertError(r, 401, "unauthorized", "Invalid username or password");
    assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"akmatori\"");
  }

  @Test
  void wrongUsername_getsTheSameAnswer() {
    Reply r =
        login("/api/auth/login", "{\"username\":\"root\",\"password\":\"" + TestAccounts.PASSWORD + "\"}");

    assertError(r, 401, "unauthorized", "Invalid username or password");
  }

  @Test
  void missingOrEmptyFields_areRequired() {
    Reply r = login("/api/auth/login", "{\"username\":\"\"}");

    assertError(r, 400, "validation_error", "Validation failed");
    assertThat(r.json().get("details").get("username").asText()).isEqualTo("is required");
    assertThat(r.json().get("details").get("password").asText()).isEqualTo("is required");
  }

  @Test
  void tenFailures_throttleTheAddressEvenForTheRightPassword() {
    for (int i = 0; i < 10; i++) {
      assertThat(login("/api/auth/login", BAD).status()).isEqualTo(401);
    }

    assertError(
        login("/api/auth/login", GOOD),
        429,
        "too_many_requests",
        "Too many failed login attempts; try again later");
    // Before the body is read: a malformed body is not even looked at.
    assertError(login("/auth/login", "{not json"), 429, "too_many_requests");
    assertThat(api.get("/api/auth/verify").status()).isEqualTo(200);
  }

  @Test
  void throttleEndsFiveMinutesAfterTheTenthFailure() {
    for (int i = 0; i < 10; i++) {
      login("/api/auth/login", BAD);
    }

    api.clock.advance(Duration.ofMinutes(5));

    assertThat(login("/api/auth/login", GOOD).status()).isEqualTo(200);
  }

  @Test
  void verifyWithoutCredentials_isTheStandard401() {
    assertError(api.send(api.anonymous("/api/auth/verify")), 401, "unauthorized", "Missing authentication token");
  }
}
