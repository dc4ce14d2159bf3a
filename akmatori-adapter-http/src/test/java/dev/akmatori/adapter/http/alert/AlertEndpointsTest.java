package dev.akmatori.adapter.http.alert;

import static dev.akmatori.adapter.http.testing.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.testing.Reply;
import dev.akmatori.adapter.http.testing.TestApi;
import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.domain.alertsource.AlertSourceDraft;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/alerts} (contract §3.2), {@code GET /api/incidents/{uuid}/alerts} (§3.1.6) and {@code alert_count}. */
class AlertEndpointsTest {
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private String source(String type) {
    return api.alertSources.create(AlertSourceDraft.of(type, type + "-" + System.nanoTime(), null, null, null, null, null))
        .source().uuid().toString();
  }

  private JsonNode webhook(String sourceUuid, String body) {
    Reply r = api.send(api.anonymous("/api/webhook/alert/" + sourceUuid).POST(BodyPublishers.ofString(body)));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  @Test
  void anAlert_hasEveryFieldOfTheShape() {
    String source = source("alertmanager");
    JsonNode entry = webhook(source, AlertFixtures.shared("alertmanager-firing.json")).get("alerts").get(0);

    Reply r = api.get("/api/alerts");

    assertThat(r.status()).isEqualTo(200);
    JsonNode alert = r.json().get(0);
    assertThat(alert.properties()).extracting(Map.Entry::getKey).containsExactly(
        "uuid", "incident_uuid", "source_uuid", "source_type", "source_name", "status", "fingerprint",
        "source_fingerprint", "source_alert_id", "alert_name", "severity", "summary", "description", "target_host",
        "target_service", "runbook_url", "metric_name", "metric_value", "target_labels", "fired_at", "resolved_at",
        "superseded", "last_seen_at", "raw_payload", "created_at", "updated_at");
    assertThat(alert.get("uuid").asText()).isEqualTo(entry.get("alert_uuid").asText());
    assertThat(alert.get("incident_uuid").asText()).isEqualTo(entry.get("incident_uuid").asText());
    assertThat(alert.get("source_uuid").asText()).isEqualTo(source);
    assertThat(alert.get("source_type").asText()).isEqualTo("alertmanager");
    assertThat(alert.get("status").asText()).isEqualTo("firing");
    assertThat(alert.get("fingerprint").asText()).isEqualTo(entry.get("fingerprint").asText());
    assertThat(alert.get("source_fingerprint").asText()).isEqualTo("ee9d186e238f6046");
    assertThat(alert.get("severity").asText()).isEqualTo("critical");
    assertThat(alert.get("runbook_url").asText()).isEmpty();
    assertThat(alert.get("target_labels").get("service").asText()).isEqualTo("checkout");
    assertThat(alert.get("fired_at").asText()).isEqualTo("2026-11-28T09:17:48Z");
    assertThat(alert.get("resolved_at").isNull()).isTrue();
    assertThat(alert.get("superseded").asBoolean()).isFalse();
    assertThat(alert.get("last_seen_at").asText()).isEqualTo("2026-05-06T09:30:12.481Z");
    assertThat(alert.get("raw_payload").get("labels").get("alertname").asText()).isEqualTo("HighCPUUsage");
  }

  @Test
  void theList_isNewestFirst_pagesOnRequest_andFiltersByStatusAndSource() {
    String am = source("alertmanager");
    String zbx = source("zabbix");
    webhook(am, AlertFixtures.alertmanager("A", "h", "firing", "fa"));
    api.clock.advance(Duration.ofSeconds(1));
    webhook(zbx, AlertFixtures.ZABBIX_PROBLEM);
    api.clock.advance(Duration.ofSeconds(1));
    webhook(am, AlertFixtures.alertmanager("A", "h", "resolved", "fa"));

    assertThat(api.get("/api/alerts").json()).extracting(a -> a.get("source_type").asText()).containsExactly("zabbix", "alertmanager");
    assertThat(api.get("/api/alerts?status=resolved").json()).extracting(a -> a.get("source_uuid").asText()).containsExactly(am);
    assertThat(api.get("/api/alerts?status=firing&source_uuid=" + zbx).json()).hasSize(1);
    assertThat(api.get("/api/alerts?source_uuid=nope").json()).isEmpty();
    JsonNode page = api.get("/api/alerts?per_page=1&page=2").json();
    assertThat(page.get("data")).hasSize(1);
    assertThat(page.get("data").get(0).get("source_type").asText()).isEqualTo("alertmanager");
    assertThat(page.get("pagination").get("total").asInt()).isEqualTo(2);
    assertThat(page.get("pagination").get("total_pages").asInt()).isEqualTo(2);
  }

  @Test
  void badFilters_areValidationErrors_reportedTogether() {
    Reply r = api.get("/api/alerts?status=open&page=0");
    assertError(r, 400, "validation_error", "Validation failed");
    assertThat(r.json().get("details").get("status").asText()).isEqualTo("must be firing or resolved");
    assertThat(r.json().get("details").get("page").asText()).isEqualTo("must be a positive integer");
  }

  @Test
  void anIncidentsAlerts_areOldestFirst_andItsAlertCountMatches() {
    String am = source("alertmanager");
    String incident = webhook(am, AlertFixtures.alertmanager("Disk", "db", "firing", "one")).get("alerts").get(0).get("incident_uuid").asText();
    api.clock.advance(Duration.ofSeconds(1));
    webhook(am, AlertFixtures.alertmanager("Disk", "db", "firing", "two"));

    JsonNode alerts = api.get("/api/incidents/" + incident + "/alerts").json();
    assertThat(alerts).extracting(a -> a.get("source_fingerprint").asText()).containsExactly("one", "two");
    assertThat(api.get("/api/incidents/" + incident + "/alerts?page=1").json().get("pagination").get("total").asInt()).isEqualTo(2);
    assertThat(api.get("/api/incidents/" + incident).json().get("alert_count").asInt()).isEqualTo(2);
    assertThat(api.get("/api/incidents").json().get("data").get(0).get("alert_count").asInt()).isEqualTo(2);
    JsonNode context = api.get("/api/incidents/" + incident).json().get("context");
    assertThat(context.get("source_instance").asText()).startsWith("alertmanager-");
    assertThat(api.get("/api/incidents/" + incident).json().get("source").asText()).isEqualTo("alertmanager");
  }

  @Test
  void unknownIncidents_are404_andTheListsNeedCredentials() {
    assertError(api.get("/api/incidents/0f6b1c2e-7a4d-4c1e-9f3a-2b5d8e9a1c77/alerts"), 404, "not_found", "Incident not found");
    assertError(api.get("/api/incidents/nope/alerts"), 404, "not_found", "Incident not found");
    assertError(api.send(api.anonymous("/api/alerts").GET()), 401, "unauthorized");
    assertError(api.send(api.anonymous("/api/incidents/x/alerts").GET()), 401, "unauthorized");
  }
}
