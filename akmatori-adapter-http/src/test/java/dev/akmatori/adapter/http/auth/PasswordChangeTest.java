package dev.akmatori.adapter.http.auth;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestAccounts;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.application.auth.AdminAccount;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code PUT /api/auth/password} (contract §2.3). One account per class: hashing is slow. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordChangeTest {
  private static final String FIRST = "first password 123";

  private AdminAccount account;
  private TestApi api;

  @BeforeAll
  void createAccountOnce() {
    account = TestAccounts.withStoredPassword(FIRST);
  }

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  private TestApi api() {
    api = TestApi.with().admin(account).start();
    return api;
  }

  private static String body(String current, String next) {
    return "{\"current_password\":\"" + current + "\",\"new_password\":\"" + next + "\"}";
  }

  @Test
  void rightCurrentPassword_replacesTheStoredOne() {
    TestApi api = api();
    String next = "second password 456";

    Reply r = api.put("/api/auth/password", body(FIRST, next));

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.body()).isEmpty();
    assertThat(login(api, next).status()).isEqualTo(200);
    assertThat(login(api, FIRST).status()).isEqualTo(401);
    // Put it back for the other tests of this class.
    assertThat(api.put("/api/auth/password", body(next, FIRST)).status()).isEqualTo(204);
  }

  @Test
  void wrongCurrentPassword_isAFieldError() {
    Reply r = api().put("/api/auth/password", body("not it at all", "another good one"));

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("current_password").asText()).isEqualTo("is incorrect");
  }

  @Test
  void shortNewPassword_isRejected() {
    Reply r = api().put("/api/auth/password", body(FIRST, "short"));

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("new_password").asText())
        .isEqualTo("must be at least 12 characters");
  }

  @Test
  void missingFields_areRequired() {
    Reply r = api().put("/api/auth/password", "{}");

    JsonNode details = r.json().get("details");
    assertError(r, 400, "validation_error");
    assertThat(details.get("current_password").asText()).isEqualTo("is required");
    assertThat(details.get("new_password").asText()).isEqualTo("is required");
  }

  @Test
  void apiKeyPrincipal_mayChangeThePasswordToo() {
    TestApi api = api();
    String key = api.post("/api/api-keys", "{\"name\":\"automation\"}").json().get("key").asText();

    Reply r =
        api.send(
            api.anonymous("/api/auth/password")
                .PUT(BodyPublishers.ofString(body(FIRST, FIRST)))
                .header("X-API-Key", key));

    assertThat(r.status()).isEqualTo(204);
  }

  @Test
  void environmentPassword_winsAndNothingIsStored() {
    String password = "from the environment";
    api = TestApi.with().admin(TestAccounts.withEnvironmentPassword(password)).start();

    Reply r = api.put("/api/auth/password", body(password, "a brand new password"));

    assertError(r, 409, "conflict", "Admin password is set by AKMATORI_ADMIN_PASSWORD");
  }

  private static Reply login(TestApi api, String password) {
    String json = "{\"username\":\"admin\",\"password\":\"" + password + "\"}";
    return api.send(api.anonymous("/api/auth/login").POST(BodyPublishers.ofString(json)));
  }
}
