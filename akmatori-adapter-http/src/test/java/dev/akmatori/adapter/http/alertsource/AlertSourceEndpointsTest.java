package dev.akmatori.adapter.http.alertsource;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/alert-sources}: CRUD by uuid, validation and the webhook URL (contract §3.5). */
class AlertSourceEndpointsTest {
  private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private JsonNode create(String json) {
    Reply r = api.post("/api/alert-sources", json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  private String path(JsonNode source) {
    return "/api/alert-sources/" + source.get("uuid").asText();
  }

  @Test
  void create_answers201WithLocation_theDefaults_theEmbeddedType_andTheWebhookUrl() {
    Reply r = api.post("/api/alert-sources", "{\"source_type_name\":\"alertmanager\",\"name\":\"  Prod AM  \"}");

    assertThat(r.status()).isEqualTo(201);
    JsonNode s = r.json();
    String uuid = s.get("uuid").asText();
    assertThat(uuid).matches(UUID_V4);
    assertThat(r.header("Location")).isEqualTo("/api/alert-sources/" + uuid);
    assertThat(AlertSourceTypesEndpointTest.fieldNames(s))
        .containsExactly(
            "id", "uuid", "alert_source_type_id", "alert_source_type", "name", "description", "webhook_secret",
            "field_mappings", "settings", "enabled", "webhook_url", "created_at", "updated_at");
    assertThat(s.get("name").asText()).isEqualTo("Prod AM");
    assertThat(s.get("alert_source_type_id").asLong()).isEqualTo(1);
    assertThat(s.get("alert_source_type").get("name").asText()).isEqualTo("alertmanager");
    assertThat(s.get("alert_source_type").get("webhook_secret_header").asText()).isEqualTo("X-Alertmanager-Secret");
    assertThat(s.get("description").asText()).isEmpty();
    assertThat(s.get("webhook_secret").asText()).isEmpty();
    assertThat(s.get("field_mappings").isObject()).isTrue();
    assertThat(s.get("field_mappings")).isEmpty();
    assertThat(s.get("settings")).isEmpty();
    assertThat(s.get("enabled").asBoolean()).isTrue();
    assertThat(s.get("webhook_url").asText()).isEqualTo(TestApi.FALLBACK_BASE_URL + "/api/webhook/alert/" + uuid);
  }

  @Test
  void create_keepsEverythingGiven_andMasksTheSecret() {
    JsonNode s =
        create(
            "{\"source_type_name\":\"zabbix\",\"name\":\"Z\",\"description\":\"d\",\"webhook_secret\":\"zbx-hook-secret\","
                + "\"field_mappings\":{\"severity\":\"trigger.prio\"},\"settings\":{\"n\":1,\"x\":[true,null,2.5],\"o\":{\"k\":\"v\"}},"
                + "\"enabled\":false}");

    assertThat(s.get("webhook_secret").asText()).isEqualTo("****cret");
    assertThat(s.toString()).doesNotContain("zbx-hook-secret");
    assertThat(s.get("field_mappings").toString()).isEqualTo("{\"severity\":\"trigger.prio\"}");
    assertThat(s.get("settings").toString()).isEqualTo("{\"n\":1,\"x\":[true,null,2.5],\"o\":{\"k\":\"v\"}}");
    assertThat(s.get("enabled").asBoolean()).isFalse();
    assertThat(s.get("alert_source_type_id").asLong()).isEqualTo(5);
    assertThat(api.get(path(s)).json()).isEqualTo(s);
  }

  @Test
  void create_requiresTypeAndName() {
    Reply r = api.post("/api/alert-sources", "{}");

    assertError(r, 400, "validation_error", "Validation failed");
    assertThat(r.json().get("details").get("source_type_name").asText()).isEqualTo("is required");
    assertThat(r.json().get("details").get("name").asText()).isEqualTo("is required");
  }

  @Test
  void create_reportsEveryBadFieldAtOnce_withTheContractMessages() {
    Reply r =
        api.post(
            "/api/alert-sources",
            "{\"source_type_name\":\"nagios\",\"name\":\"" + "n".repeat(129) + "\","
                + "\"field_mappings\":{\"hostname\":\"h\",\"status\":\"\",\"severity\":3},\"extra\":1}");

    assertError(r, 400, "validation_error");
    JsonNode d = r.json().get("details");
    assertThat(d.get("source_type_name").asText()).isEqualTo("unknown alert source type 'nagios'");
    assertThat(d.get("name").asText()).isEqualTo("must be at most 128 characters");
    assertThat(d.get("field_mappings.hostname").asText()).isEqualTo("unknown alert field");
    assertThat(d.get("field_mappings.status").asText()).isEqualTo("must be a non-empty string");
    assertThat(d.get("field_mappings.severity").asText()).isEqualTo("must be a non-empty string");
    assertThat(d.get("extra").asText()).isEqualTo("unknown field");
  }

  @Test
  void wrongJsonTypes_areValidationErrors() {
    Reply r =
        api.post(
            "/api/alert-sources",
            "{\"source_type_name\":1,\"name\":true,\"description\":[],\"webhook_secret\":5,"
                + "\"field_mappings\":\"x\",\"settings\":[1],\"enabled\":\"yes\"}");

    assertError(r, 400, "validation_error");
    JsonNode d = r.json().get("details");
    assertThat(d.get("source_type_name").asText()).isEqualTo("must be a string");
    assertThat(d.get("name").asText()).isEqualTo("must be a string");
    assertThat(d.get("description").asText()).isEqualTo("must be a string");
    assertThat(d.get("webhook_secret").asText()).isEqualTo("must be a string");
    assertThat(d.get("field_mappings").asText()).isEqualTo("must be an object");
    assertThat(d.get("settings").asText()).isEqualTo("must be an object");
    assertThat(d.get("enabled").asText()).isEqualTo("must be a boolean");
  }

  @Test
  void aTakenName_isAConflict() {
    create("{\"source_type_name\":\"grafana\",\"name\":\"Shared\"}");

    Reply r = api.post("/api/alert-sources", "{\"source_type_name\":\"datadog\",\"name\":\" Shared \"}");

    assertError(r, 409, "conflict", "Alert source with name 'Shared' already exists");
  }

  @Test
  void put_isPartial_replacesMappingsAndSettingsWhole_andKeepsAnEchoedSecret() {
    JsonNode s =
        create(
            "{\"source_type_name\":\"grafana\",\"name\":\"G\",\"description\":\"keep\",\"webhook_secret\":\"graf-secret-1\","
                + "\"field_mappings\":{\"severity\":\"a\",\"status\":\"b\"},\"settings\":{\"a\":1,\"b\":2}}");
    api.clock.advance(Duration.ofSeconds(30));

    Reply r =
        api.put(path(s), "{\"name\":\"G2\",\"webhook_secret\":\"****et-1\",\"field_mappings\":{\"summary\":\"s\"},\"settings\":{\"c\":3}}");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode u = r.json();
    assertThat(u.get("name").asText()).isEqualTo("G2");
    assertThat(u.get("description").asText()).isEqualTo("keep");
    assertThat(u.get("webhook_secret").asText()).isEqualTo("****et-1");
    assertThat(u.get("field_mappings").toString()).isEqualTo("{\"summary\":\"s\"}");
    assertThat(u.get("settings").toString()).isEqualTo("{\"c\":3}");
    assertThat(u.get("uuid")).isEqualTo(s.get("uuid"));
    assertThat(u.get("created_at")).isEqualTo(s.get("created_at"));
    assertThat(u.get("updated_at").asText()).isEqualTo("2026-05-06T09:30:42.481Z");
    assertThat(api.alertSources.findForWebhook(s.get("uuid").asText()).orElseThrow().config().webhookSecret().reveal())
        .isEqualTo("graf-secret-1");
  }

  @Test
  void put_anEmptySecretClears_andNullsKeepEverything() {
    JsonNode s = create("{\"source_type_name\":\"grafana\",\"name\":\"G\",\"webhook_secret\":\"graf-secret-1\",\"enabled\":true}");

    JsonNode kept = api.put(path(s), "{\"name\":null,\"enabled\":null,\"settings\":null}").json();
    JsonNode cleared = api.put(path(s), "{\"webhook_secret\":\"\",\"enabled\":false}").json();

    assertThat(kept.get("name").asText()).isEqualTo("G");
    assertThat(kept.get("webhook_secret").asText()).isEqualTo("****et-1");
    assertThat(cleared.get("webhook_secret").asText()).isEmpty();
    assertThat(cleared.get("enabled").asBoolean()).isFalse();
  }

  @Test
  void put_theTypeCannotChange_andANameMustStayValid() {
    JsonNode s = create("{\"source_type_name\":\"grafana\",\"name\":\"G\"}");

    Reply r = api.put(path(s), "{\"source_type_name\":\"zabbix\",\"name\":\"   \"}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("source_type_name").asText()).isEqualTo("unknown field");
    assertThat(r.json().get("details").get("name").asText()).isEqualTo("is required");
  }

  @Test
  void put_toATakenName_isAConflict() {
    create("{\"source_type_name\":\"grafana\",\"name\":\"A\"}");
    JsonNode b = create("{\"source_type_name\":\"grafana\",\"name\":\"B\"}");

    assertError(api.put(path(b), "{\"name\":\"A\"}"), 409, "conflict", "Alert source with name 'A' already exists");
  }

  @Test
  void delete_answers204_thenTheSourceIsGone() {
    JsonNode s = create("{\"source_type_name\":\"pagerduty\",\"name\":\"PD\"}");

    Reply deleted = api.delete(path(s));

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertError(api.get(path(s)), 404, "not_found", "Alert source not found");
    assertError(api.delete(path(s)), 404, "not_found", "Alert source not found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0b6f7c1e-8a59-4a39-9a1f-7a0f0d1c2b3e", "not-a-uuid", "42", "0b6f7c1e8a594a399a1f7a0f0d1c2b3e"})
  void unknownOrMalformedUuids_areNotFound_onEveryMethod(String uuid) {
    String p = "/api/alert-sources/" + uuid;

    assertError(api.get(p), 404, "not_found", "Alert source not found");
    assertError(api.put(p, "{\"name\":\"x\"}"), 404, "not_found", "Alert source not found");
    assertError(api.delete(p), 404, "not_found", "Alert source not found");
  }

  @Test
  void anUnsupportedMethod_is405_withTheAllowedOnes() {
    Reply r = api.send(api.request("/api/alert-sources/" + UUID.randomUUID()).POST(HttpRequest.BodyPublishers.noBody()));

    assertError(r, 405, "method_not_allowed", "Method not allowed");
    assertThat(r.header("Allow")).isEqualTo("DELETE, GET, PUT");
  }

  @Test
  void aMalformedUuid_isNotFound_evenWithABadBody() {
    assertError(api.put("/api/alert-sources/nope", "{\"bogus\":1}"), 404, "not_found", "Alert source not found");
  }

  @Test
  void list_isAPlainArrayById_orTheEnvelopeWithPageParameters() {
    create("{\"source_type_name\":\"zabbix\",\"name\":\"b\"}");
    create("{\"source_type_name\":\"zabbix\",\"name\":\"a\"}");
    create("{\"source_type_name\":\"zabbix\",\"name\":\"c\"}");

    JsonNode all = api.get("/api/alert-sources").json();
    JsonNode page = api.get("/api/alert-sources?page=2&per_page=2").json();

    assertThat(names(all)).containsExactly("b", "a", "c");
    assertThat(names(page.get("data"))).containsExactly("c");
    assertThat(page.get("pagination").get("total").asLong()).isEqualTo(3);
    assertError(api.get("/api/alert-sources?per_page=0"), 400, "validation_error");
  }

  @Test
  void theWebhookUrl_followsTheGeneralBaseUrl() {
    JsonNode s = create("{\"source_type_name\":\"zabbix\",\"name\":\"z\"}");

    assertThat(api.put("/api/settings/general", "{\"base_url\":\"https://aiops.example.com/\"}").status()).isEqualTo(200);

    assertThat(api.get(path(s)).json().get("webhook_url").asText())
        .isEqualTo("https://aiops.example.com/api/webhook/alert/" + s.get("uuid").asText());
  }

  @Test
  void aHugeNumberInSettings_isAValidationError_notAServerError() {
    Reply r = api.post("/api/alert-sources", "{\"source_type_name\":\"zabbix\",\"name\":\"z\",\"settings\":{\"x\":1e999}}");

    assertError(r, 400, "validation_error");
    assertThat(r.json().get("details").get("settings.x").asText()).isEqualTo("must be a number");
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(n -> names.add(n.get("name").asText()));
    return names;
  }
}
