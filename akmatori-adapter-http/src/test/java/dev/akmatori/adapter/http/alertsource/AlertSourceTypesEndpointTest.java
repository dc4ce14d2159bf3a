package dev.akmatori.adapter.http.alertsource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/alert-source-types} (contract §3.5). */
class AlertSourceTypesEndpointTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void theFiveTypes_areListedById_inContractOrder_withEveryField() {
    Reply r = api.get("/api/alert-source-types");

    assertThat(r.status()).isEqualTo(200);
    JsonNode list = r.json();
    List<String> names = new ArrayList<>();
    list.forEach(t -> names.add(t.get("id").asLong() + ":" + t.get("name").asText()));
    assertThat(names).containsExactly("1:alertmanager", "2:grafana", "3:pagerduty", "4:datadog", "5:zabbix");
    JsonNode grafana = list.get(1);
    assertThat(fieldNames(grafana))
        .containsExactly(
            "id", "name", "display_name", "description", "default_field_mappings", "webhook_secret_header",
            "created_at", "updated_at");
    assertThat(grafana.get("display_name").asText()).isEqualTo("Grafana Alerting");
    assertThat(grafana.get("description").asText()).isEqualTo("Receive alerts from Grafana Alerting");
    assertThat(grafana.get("webhook_secret_header").asText()).isEqualTo("X-Grafana-Secret");
    assertThat(grafana.get("default_field_mappings").get("alert_name").asText()).isEqualTo("labels.alertname");
    assertThat(grafana.get("created_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
  }

  @Test
  void fieldsWithoutAPath_areAbsentFromTheDefaultMappings() {
    JsonNode datadog = api.get("/api/alert-source-types").json().get(3);

    assertThat(datadog.get("default_field_mappings").has("target_service")).isFalse();
    assertThat(datadog.get("default_field_mappings").get("source_fingerprint").asText()).isEqualTo("alert_cycle_key");
  }

  @Test
  void withPageParameters_theListIsTheEnvelope() {
    JsonNode page = api.get("/api/alert-source-types?page=2&per_page=2").json();

    assertThat(page.get("data")).hasSize(2);
    assertThat(page.get("data").get(0).get("name").asText()).isEqualTo("pagerduty");
    assertThat(page.get("pagination").get("total").asLong()).isEqualTo(5);
    assertThat(page.get("pagination").get("total_pages").asLong()).isEqualTo(3);
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
