package dev.akmatori.adapter.http.settings;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** General, Slack and retention settings over HTTP (contract §3.10.1, §3.10.2, §3.10.5). */
class SettingsEndpointsTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @ParameterizedTest
  @ValueSource(strings = {"general", "slack", "llm", "proxy", "retention"})
  void everySettingsResource_answersOnAFreshInstall_withIdAndTimestamps(String resource) {
    Reply r = api.get("/api/settings/" + resource);

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("id").asLong()).isPositive();
    assertThat(r.json().get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(r.json().get("updated_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"general", "slack", "llm", "proxy", "retention"})
  void everySettingsPut_rejectsUnknownFields_andNonObjectBodies(String resource) {
    Reply unknown = api.put("/api/settings/" + resource, "{\"provider\":\"openai\",\"colour\":\"blue\"}");
    Reply array = api.put("/api/settings/" + resource, "[]");
    Reply empty = api.put("/api/settings/" + resource, "");

    assertError(unknown, 400, "validation_error");
    assertThat(unknown.json().get("details").get("colour").asText()).isEqualTo("unknown field");
    assertError(array, 400, "bad_request", "Request body must be a JSON object");
    assertError(empty, 400, "bad_request", "Request body is empty");
  }

  @Test
  void settingsRoutes_answer405ForOtherMethods_and401WithoutCredentials() {
    Reply post = api.send(api.request("/api/settings/general").POST(HttpRequest.BodyPublishers.ofString("{}")));
    Reply anonymous = api.send(api.anonymous("/api/settings/llm").GET());

    assertError(post, 405, "method_not_allowed", "Method not allowed");
    assertThat(post.header("Allow")).isEqualTo("GET, PUT");
    assertError(anonymous, 401, "unauthorized", "Missing authentication token");
  }

  @Test
  void general_shape_andBaseUrlLosesOneTrailingSlash() {
    api.clock.advance(Duration.ofMinutes(1));

    Reply r = api.put("/api/settings/general", "{\"base_url\":\"https://aiops.example.com/\"}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(fieldNames(r.json())).containsExactly("id", "base_url", "created_at", "updated_at");
    assertThat(r.json().get("base_url").asText()).isEqualTo("https://aiops.example.com");
    assertThat(r.json().get("updated_at").asText()).isEqualTo("2026-05-06T09:31:12.481Z");
    assertThat(api.get("/api/settings/general").json()).isEqualTo(r.json());
  }

  @Test
  void general_emptyClears_absentKeeps() {
    api.put("/api/settings/general", "{\"base_url\":\"http://x.example\"}");

    assertThat(api.put("/api/settings/general", "{}").json().get("base_url").asText()).isEqualTo("http://x.example");
    assertThat(api.put("/api/settings/general", "{\"base_url\":\"\"}").json().get("base_url").asText()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"example.com\"", "\"ftp://example.com\"", "\"http://\""})
  void general_rejectsNonHttpUrls(String value) {
    Reply r = api.put("/api/settings/general", "{\"base_url\":" + value + "}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("base_url").asText()).isEqualTo("must be a valid HTTP or HTTPS URL");
  }

  @Test
  void general_wrongType_isAValidationError() {
    Reply r = api.put("/api/settings/general", "{\"base_url\":42}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("base_url").asText()).isEqualTo("must be a string");
  }

  @Test
  void slack_defaults_areEmptyDisabledAndNotConfigured() {
    JsonNode s = api.get("/api/settings/slack").json();

    assertThat(fieldNames(s))
        .containsExactly(
            "id", "bot_token", "signing_secret", "app_token", "alerts_channel", "enabled", "is_configured",
            "created_at", "updated_at");
    assertThat(s.get("bot_token").asText()).isEmpty();
    assertThat(s.get("alerts_channel").asText()).isEmpty();
    assertThat(s.get("enabled").asBoolean()).isFalse();
    assertThat(s.get("is_configured").asBoolean()).isFalse();
  }

  @Test
  void slack_tokensAreMasked_configuredMeansABotToken_andEchoesKeepThem() {
    JsonNode set =
        api.put("/api/settings/slack",
            "{\"bot_token\":\"xoxb-1111-2222\",\"signing_secret\":\"abc\",\"app_token\":\"xapp-9-8-7\",\"alerts_channel\":\"#ops\",\"enabled\":true}")
            .json();
    JsonNode echoed = api.put("/api/settings/slack", "{\"bot_token\":\"****2222\",\"signing_secret\":\"****\",\"app_token\":\"\"}").json();

    assertThat(set.get("bot_token").asText()).isEqualTo("****2222");
    assertThat(set.get("signing_secret").asText()).isEqualTo("****");
    assertThat(set.get("app_token").asText()).isEqualTo("****-8-7");
    assertThat(set.get("is_configured").asBoolean()).isTrue();
    assertThat(echoed.get("bot_token").asText()).isEqualTo("****2222");
    assertThat(echoed.get("signing_secret").asText()).isEqualTo("****");
    assertThat(echoed.get("app_token").asText()).isEmpty();
    assertThat(echoed.get("alerts_channel").asText()).isEqualTo("#ops");
    assertThat(api.settingsStores.slack().load(api.clock.instant()).value().botToken().reveal()).isEqualTo("xoxb-1111-2222");
  }

  @Test
  void slack_wrongTypes_areValidationErrors() {
    Reply r = api.put("/api/settings/slack", "{\"bot_token\":1,\"enabled\":\"true\"}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("bot_token").asText()).isEqualTo("must be a string");
    assertThat(r.json().get("details").get("enabled").asText()).isEqualTo("must be a boolean");
  }

  @Test
  void retention_defaults_andPartialUpdate() {
    JsonNode defaults = api.get("/api/settings/retention").json();
    JsonNode updated = api.put("/api/settings/retention", "{\"retention_days\":30.0,\"enabled\":false}").json();

    assertThat(fieldNames(defaults))
        .containsExactly("id", "enabled", "retention_days", "cleanup_interval_hours", "created_at", "updated_at");
    assertThat(defaults.get("enabled").asBoolean()).isTrue();
    assertThat(defaults.get("retention_days").asInt()).isEqualTo(90);
    assertThat(defaults.get("cleanup_interval_hours").asInt()).isEqualTo(6);
    assertThat(updated.get("retention_days").asInt()).isEqualTo(30);
    assertThat(updated.get("enabled").asBoolean()).isFalse();
    assertThat(updated.get("cleanup_interval_hours").asInt()).isEqualTo(6);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"retention_days\":0}|retention_days|must be between 1 and 3650",
        "{\"retention_days\":3651}|retention_days|must be between 1 and 3650",
        "{\"cleanup_interval_hours\":0}|cleanup_interval_hours|must be between 1 and 8760",
        "{\"cleanup_interval_hours\":8761}|cleanup_interval_hours|must be between 1 and 8760",
        "{\"retention_days\":\"30\"}|retention_days|must be an integer",
        "{\"retention_days\":1.5}|retention_days|must be an integer",
        "{\"enabled\":1}|enabled|must be a boolean"
      })
  void retention_rejectsOutOfRangeAndMistypedValues(String body, String field, String message) {
    Reply r = api.put("/api/settings/retention", body);

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get(field).asText()).isEqualTo(message);
    assertThat(api.get("/api/settings/retention").json().get("retention_days").asInt()).isEqualTo(90);
  }
}
