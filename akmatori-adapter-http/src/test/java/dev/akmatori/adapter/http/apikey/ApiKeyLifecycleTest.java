package dev.akmatori.adapter.http.apikey;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/api-keys} and keys as credentials (contract §1.2, §2.4). */
class ApiKeyLifecycleTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply verifyWithHeader(String key) {
    return api.send(api.anonymous("/api/auth/verify").header("X-API-Key", key));
  }

  private Reply verifyWithBearer(String key) {
    return api.send(api.anonymous("/api/auth/verify").header("Authorization", "Bearer " + key));
  }

  @Test
  void createdKey_isShownOnceAndAuthenticatesBothWays() {
    Reply created = api.post("/api/api-keys", "{\"name\":\"  prometheus  \"}");

    assertThat(created.status()).isEqualTo(201);
    JsonNode body = created.json();
    String key = body.get("key").asText();
    assertThat(key).matches("akm_[A-Za-z0-9]{40}");
    assertThat(body.get("prefix").asText()).isEqualTo(key.substring(0, 8));
    assertThat(body.get("name").asText()).isEqualTo("prometheus");
    assertThat(body.get("enabled").asBoolean()).isTrue();
    assertThat(body.get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(body.get("last_used_at").isNull()).isTrue();
    assertThat(created.header("Location")).isEqualTo("/api/api-keys/" + body.get("id").asLong());

    assertThat(verifyWithHeader(key).json().get("username").asText()).isEqualTo("api-key:prometheus");
    assertThat(verifyWithBearer(key).json().get("username").asText()).isEqualTo("api-key:prometheus");
  }

  @Test
  void readsNeverShowTheKey() {
    long id = api.post("/api/api-keys", "{\"name\":\"ci\"}").json().get("id").asLong();

    JsonNode one = api.get("/api/api-keys/" + id).json();
    JsonNode list = api.get("/api/api-keys").json();

    assertThat(one.has("key")).isFalse();
    assertThat(one.has("key_hash")).isFalse();
    assertThat(list.isArray()).isTrue();
    assertThat(list.get(0).has("key")).isFalse();
    assertThat(list.get(0).get("name").asText()).isEqualTo("ci");
  }

  @Test
  void useIsRecordedAsLastUsedAt() {
    JsonNode created = api.post("/api/api-keys", "{\"name\":\"ci\"}").json();
    api.clock.advance(Duration.ofMinutes(3));

    verifyWithHeader(created.get("key").asText());

    assertThat(api.get("/api/api-keys/" + created.get("id").asLong()).json().get("last_used_at").asText())
        .isEqualTo("2026-05-06T09:33:12.481Z");
  }

  @Test
  void disabledKey_authenticatesNothingUntilEnabledAgain() {
    JsonNode created = api.post("/api/api-keys", "{\"name\":\"ci\"}").json();
    String key = created.get("key").asText();
    String item = "/api/api-keys/" + created.get("id").asLong();

    Reply disabled = api.put(item, "{\"enabled\": false}");

    assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
    assertThat(disabled.json().get("name").asText()).isEqualTo("ci");
    assertError(verifyWithHeader(key), 401, "unauthorized", "Invalid API key");
    assertError(verifyWithBearer(key), 401, "unauthorized", "Invalid API key");
    api.put(item, "{\"enabled\": true}");
    assertThat(verifyWithHeader(key).status()).isEqualTo(200);
  }

  @Test
  void deletedKey_isRevoked() {
    JsonNode created = api.post("/api/api-keys", "{\"name\":\"ci\"}").json();

    Reply deleted = api.delete("/api/api-keys/" + created.get("id").asLong());

    assertThat(deleted.status()).isEqualTo(204);
    assertError(verifyWithHeader(created.get("key").asText()), 401, "unauthorized", "Invalid API key");
    assertError(api.get("/api/api-keys/" + created.get("id").asLong()), 404, "not_found", "API key not found");
  }

  @Test
  void renameKeepsEverythingElse() {
    long id = api.post("/api/api-keys", "{\"name\":\"old\"}").json().get("id").asLong();

    Reply r = api.put("/api/api-keys/" + id, "{\"name\":\"new\", \"enabled\": null}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("name").asText()).isEqualTo("new");
    assertThat(r.json().get("enabled").asBoolean()).isTrue();
  }

  @Test
  void duplicateName_isAConflict() {
    api.post("/api/api-keys", "{\"name\":\"ci\"}");
    long other = api.post("/api/api-keys", "{\"name\":\"cd\"}").json().get("id").asLong();

    assertError(api.post("/api/api-keys", "{\"name\":\"ci\"}"), 409, "conflict", "API key with name 'ci' already exists");
    assertError(api.put("/api/api-keys/" + other, "{\"name\":\"ci\"}"), 409, "conflict");
  }

  @Test
  void badNames_areValidationErrors() {
    Reply blank = api.post("/api/api-keys", "{\"name\":\"   \"}");
    Reply missing = api.post("/api/api-keys", "{}");
    Reply tooLong = api.post("/api/api-keys", "{\"name\":\"" + "n".repeat(129) + "\"}");

    assertThat(blank.json().get("details").get("name").asText()).isEqualTo("is required");
    assertThat(missing.json().get("details").get("name").asText()).isEqualTo("is required");
    assertError(tooLong, 400, "validation_error");
    assertThat(tooLong.json().get("details").get("name").asText()).isEqualTo("must be at most 128 characters");
  }

  @Test
  void unknownKeys_areNotFoundOnEveryItemRoute() {
    assertError(api.get("/api/api-keys/99"), 404, "not_found", "API key not found");
    assertError(api.put("/api/api-keys/99", "{\"enabled\":true}"), 404, "not_found", "API key not found");
    assertError(api.delete("/api/api-keys/99"), 404, "not_found", "API key not found");
  }

  @Test
  void listIsPagedOnRequest() {
    for (String name : new String[] {"a", "b", "c"}) {
      api.post("/api/api-keys", "{\"name\":\"" + name + "\"}");
    }

    JsonNode page = api.get("/api/api-keys?per_page=2&page=2").json();

    assertThat(page.get("data")).hasSize(1);
    assertThat(page.get("data").get(0).get("name").asText()).isEqualTo("c");
    assertThat(page.get("pagination").toString())
        .isEqualTo("{\"page\":2,\"per_page\":2,\"total\":3,\"total_pages\":2}");
  }
}
