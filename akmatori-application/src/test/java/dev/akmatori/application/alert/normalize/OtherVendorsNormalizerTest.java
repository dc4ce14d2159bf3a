package dev.akmatori.application.alert.normalize;

import static dev.akmatori.application.alert.AlertFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.domain.alert.AlertDetails;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alertsource.FieldMappings;
import dev.akmatori.domain.shared.BadRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grafana, PagerDuty v3, Datadog and Zabbix payloads built from the vendors' published formats (§4.6). */
class OtherVendorsNormalizerTest {
  private static List<NormalizedAlert> normalize(String type, String json) {
    return Normalizers.forType(type).orElseThrow().normalize(parse(json), FieldMappings.none());
  }

  private static NormalizedAlert one(String type, String json) {
    List<NormalizedAlert> alerts = normalize(type, json);
    assertThat(alerts).hasSize(1);
    return alerts.get(0);
  }

  @Test
  void grafana_unifiedAlertingItem_readsLikeAlertmanager_withOffsetTimes() {
    NormalizedAlert alert = one("grafana", AlertFixtures.GRAFANA_FIRING);
    AlertDetails d = alert.details();

    assertThat(d.alertName()).isEqualTo("High memory");
    assertThat(d.severity()).isEqualTo(Severity.HIGH);
    assertThat(d.targetHost()).isEqualTo("app-02:9100");
    assertThat(d.runbookUrl()).isEqualTo("https://runbooks.example/memory");
    assertThat(d.sourceFingerprint()).isEqualTo("57c6d9296de2ad39");
    assertThat(d.targetLabels()).containsEntry("grafana_folder", "Infra");
    assertThat(alert.startedAt()).contains(Instant.parse("2026-05-06T07:10:00Z"));
    assertThat(d.rawPayload()).containsKey("valueString");
  }

  @Test
  void grafana_resolvesOnlyOnStatusResolved_inAnyCase() {
    String item = "{\"alerts\":[{\"status\":\"%s\",\"labels\":{}}]}";
    assertThat(one("grafana", item.formatted("Resolved")).status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(one("grafana", item.formatted("ok")).status()).isEqualTo(AlertStatus.FIRING);
    assertThat(one("alertmanager", item.formatted("ok")).status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(one("grafana", item.formatted("x")).details().alertName()).isEqualTo("Grafana Alert");
  }

  @Test
  void pagerDuty_aRealV3IncidentEvent_usesTitleServiceSummaryAndPriority() {
    NormalizedAlert alert = one("pagerduty", AlertFixtures.PAGERDUTY_TRIGGERED);
    AlertDetails d = alert.details();

    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(d.alertName()).isEqualTo("A little bump in the road");
    assertThat(d.summary()).isEqualTo("A little bump in the road");
    assertThat(d.description()).isEqualTo("A little bump in the road");
    assertThat(d.targetService()).isEqualTo("API Service");
    assertThat(d.targetHost()).isEmpty();
    assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(d.sourceAlertId()).isEqualTo("PGR0VU2");
    assertThat(d.sourceFingerprint()).isEqualTo("PGR0VU2");
    assertThat(alert.startedAt()).contains(Instant.parse("2020-10-02T18:45:22.169Z"));
    assertThat(d.targetLabels()).containsExactly(
        Map.entry("service_id", "PF9KMXH"), Map.entry("service_name", "API Service"), Map.entry("urgency", "high"),
        Map.entry("priority_id", "PSO75BM"), Map.entry("url", "https://acme.pagerduty.com/incidents/PGR0VU2"));
    assertThat(d.rawPayload()).containsOnlyKeys("event");
  }

  @Test
  void pagerDuty_resolvedAndAcknowledgedEvents_resolve_andPingYieldsNothing() {
    String resolved = AlertFixtures.PAGERDUTY_TRIGGERED.replace("incident.triggered", "incident.resolved");
    String acked = AlertFixtures.PAGERDUTY_TRIGGERED.replace("incident.triggered", "incident.acknowledged");
    assertThat(one("pagerduty", resolved).status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(one("pagerduty", acked).status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(normalize("pagerduty", AlertFixtures.PAGERDUTY_PING)).isEmpty();
  }

  @Test
  void pagerDuty_severityFallsBackFromPriorityToUrgency() {
    String noPriority = "{\"event\":{\"event_type\":\"incident.triggered\",\"data\":{\"priority\":null,\"urgency\":\"%s\",\"description\":\"d\",\"service\":{\"name\":\"svc\",\"summary\":\"S\"}}}}";
    assertThat(one("pagerduty", noPriority.formatted("high")).details().severity()).isEqualTo(Severity.HIGH);
    assertThat(one("pagerduty", noPriority.formatted("low")).details().severity()).isEqualTo(Severity.INFO);
    NormalizedAlert other = one("pagerduty", noPriority.formatted("medium"));
    assertThat(other.details().severity()).isEqualTo(Severity.WARNING);
    assertThat(other.details().targetService()).isEqualTo("svc");
    assertThat(other.details().summary()).isEqualTo("d");
    assertThat(other.details().alertName()).isEqualTo("PagerDuty Incident");
    String p2 = "{\"event\":{\"event_type\":\"incident.triggered\",\"data\":{\"priority\":{\"summary\":\"High-P2\"},\"urgency\":\"low\"}}}";
    assertThat(one("pagerduty", p2).details().severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void pagerDuty_withoutEventOrData_isInvalid() {
    assertThatThrownBy(() -> normalize("pagerduty", "{}"))
        .isInstanceOf(BadRequestException.class).hasMessage("Invalid payload: event must be an object");
    assertThatThrownBy(() -> normalize("pagerduty", "{\"event\":{\"event_type\":\"incident.triggered\"}}"))
        .isInstanceOf(BadRequestException.class).hasMessage("Invalid payload: event.data must be an object");
    assertThatThrownBy(() -> normalize("pagerduty", "{\"event\":{\"data\":[1]}}"))
        .isInstanceOf(BadRequestException.class).hasMessage("Invalid payload: event.data must be an object");
  }

  @Test
  void datadog_monitorPayload_tagsBecomeLabels_hostServiceAndRunbookLink() {
    NormalizedAlert alert = one("datadog", AlertFixtures.DATADOG_TRIGGERED);
    AlertDetails d = alert.details();

    assertThat(d.alertName()).isEqualTo("CPU high on web-3");
    assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(d.summary()).isEqualTo("%%%\nCPU above 90% on web-3\n%%%");
    assertThat(d.targetHost()).isEqualTo("web-3");
    assertThat(d.targetService()).isEqualTo("checkout");
    assertThat(d.runbookUrl()).isEqualTo("https://wiki.example/runbooks/cpu");
    assertThat(d.metricName()).isEqualTo("system.cpu.user");
    assertThat(d.sourceAlertId()).isEqualTo("123456");
    assertThat(d.sourceFingerprint()).isEqualTo("7432106543210000001");
    assertThat(d.targetLabels()).containsExactly(
        Map.entry("env", "prod"), Map.entry("service", "checkout"), Map.entry("role", "web"), Map.entry("monitor", "true"));
    assertThat(alert.startedAt()).isEmpty();
  }

  @Test
  void datadog_theDefaultPayload_namesTheAlertByTitle_andFallsBackToWarning() {
    NormalizedAlert alert = one("datadog", AlertFixtures.DATADOG_DEFAULT);

    assertThat(alert.details().alertName()).isEqualTo("[Triggered on {host:web-3}] CPU high");
    assertThat(alert.details().sourceAlertId()).isEqualTo("7432106543210987654");
    assertThat(alert.details().sourceFingerprint()).isEmpty();
    assertThat(alert.details().severity()).isEqualTo(Severity.WARNING);
    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
  }

  @Test
  void datadog_statusSeverityAndTagRules() {
    String body = "{\"alert_status\":\"%s\",\"alert_type\":\"%s\",\"priority\":\"%s\",\"tags\":\"host:h1, service:s1,bare\","
        + "\"event_links\":[{\"url\":\"https://first\",\"name\":\"Monitor\"}]}";
    NormalizedAlert recovered = one("datadog", body.formatted("Recovered", "success", ""));
    assertThat(recovered.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(recovered.details().severity()).isEqualTo(Severity.INFO);
    assertThat(recovered.details().targetHost()).isEqualTo("h1");
    assertThat(recovered.details().targetService()).isEqualTo("s1");
    assertThat(recovered.details().targetLabels()).containsEntry("bare", "true");
    assertThat(recovered.details().runbookUrl()).isEqualTo("https://first");
    assertThat(one("datadog", body.formatted("Warn", "warning", "")).details().severity()).isEqualTo(Severity.WARNING);
    assertThat(one("datadog", body.formatted("OK", "", "low")).status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(one("datadog", body.formatted("x", "", "low")).details().severity()).isEqualTo(Severity.INFO);
    assertThat(one("datadog", body.formatted("x", "other", "normal")).details().severity()).isEqualTo(Severity.WARNING);
    assertThat(one("datadog", "{}").details().alertName()).isEqualTo("Datadog Alert");
  }

  @Test
  void zabbix_mediaTypePayload_priorityDescriptionAndLabels() {
    NormalizedAlert alert = one("zabbix", AlertFixtures.ZABBIX_PROBLEM);
    AlertDetails d = alert.details();

    assertThat(d.alertName()).isEqualTo("High CPU utilization on db-7");
    assertThat(d.severity()).isEqualTo(Severity.HIGH);
    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(d.summary()).isEqualTo("avg(/db-7/system.cpu.util,5m)>90");
    assertThat(d.description()).isEqualTo("Metric: system.cpu.util = 97.2 %\nTrigger: avg(/db-7/system.cpu.util,5m)>90");
    assertThat(d.targetHost()).isEqualTo("db-7");
    assertThat(d.metricName()).isEqualTo("system.cpu.util");
    assertThat(d.metricValue()).isEqualTo("97.2 %");
    assertThat(d.sourceFingerprint()).isEqualTo("58213");
    assertThat(d.runbookUrl()).isEqualTo("https://runbooks.example/zabbix-cpu");
    assertThat(alert.startedAt()).contains(Instant.parse("2026-05-06T09:15:00Z"));
    assertThat(d.targetLabels()).containsExactly(
        Map.entry("hardware", "db-7"), Map.entry("trigger_expression", "avg(/db-7/system.cpu.util,5m)>90"),
        Map.entry("pending_duration", "5m"));
    assertThat(d.rawPayload()).containsEntry("host_ip", "10.0.0.7");
  }

  @Test
  void zabbix_recoveryAndPriorities_followTheGenericNormalisation() {
    String body = "{\"priority\":%s,\"event_status\":\"%s\",\"event_id\":58213,\"event_time\":\"%s\"}";
    NormalizedAlert ok = one("zabbix", body.formatted("\"5\"", "OK", "2026-05-06T09:15:00+01:00"));
    assertThat(ok.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(ok.details().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(ok.details().sourceFingerprint()).as("numbers as their JSON text").isEqualTo("58213");
    assertThat(ok.startedAt()).contains(Instant.parse("2026-05-06T08:15:00Z"));
    assertThat(one("zabbix", body.formatted("2", "RESOLVED", "yesterday")).details().severity()).isEqualTo(Severity.INFO);
    assertThat(one("zabbix", body.formatted("2", "RESOLVED", "yesterday")).startedAt()).isEmpty();
    assertThat(one("zabbix", body.formatted("\"0\"", "PROBLEM", "")).details().severity()).isEqualTo(Severity.WARNING);
    assertThat(one("zabbix", body.formatted("\"0\"", "PROBLEM", "")).details().alertName()).isEqualTo("Zabbix Alert");
    assertThat(one("zabbix", body.formatted("\"0\"", "PROBLEM", "")).details().targetLabels()).isEmpty();
  }

  @Test
  void flatTypes_rejectANonObjectBody() {
    for (String type : List.of("datadog", "zabbix", "pagerduty", "grafana")) {
      assertThatThrownBy(() -> normalize(type, "[{}]"))
          .as(type).isInstanceOf(BadRequestException.class).hasMessage("Invalid payload: body must be a JSON object");
    }
  }
}
