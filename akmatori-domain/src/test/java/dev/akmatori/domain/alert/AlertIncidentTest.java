package dev.akmatori.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.InvestigationTask;
import dev.akmatori.domain.incident.NewIncident;
import dev.akmatori.domain.incident.TestIncidents;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The incident created from an alert (contract §4.8) and its task. */
class AlertIncidentTest {
  private static final IncidentId ID = new IncidentId(UUID.fromString("11111111-2222-4333-8444-555555555555"));

  private static NewIncident incidentFor(AlertDetails details) {
    AlertFingerprint fp = details.fingerprint(TestAlerts.SOURCE_UUID);
    return AlertIncident.of(ID, TestAlerts.firing(details, null), fp, TestAlerts.ORIGIN, "/data/incidents/" + ID);
  }

  @Test
  void sourceIsTheTypeName_sourceIdTheSourceFingerprint_titleTheAlertMessage() {
    NewIncident incident = incidentFor(TestAlerts.details("web-01:9100", "ee9d186e238f6046"));

    assertThat(incident.source()).isEqualTo("alertmanager");
    assertThat(incident.sourceId()).isEqualTo("ee9d186e238f6046");
    assertThat(incident.title()).isEqualTo("HighCPUUsage - web-01:9100: CPU usage above 95% on web-01:9100");
  }

  @Test
  void withoutASourceFingerprint_theSourceIdIsTheCorrelationFingerprint() {
    AlertDetails details = TestAlerts.details("web-01", "");
    assertThat(incidentFor(details).sourceId()).isEqualTo(details.fingerprint(TestAlerts.SOURCE_UUID).value());
  }

  @Test
  void theMessageLeavesOutAnEmptyHostOrSummary_andTheTitleFollowsTheFallbackRule() {
    AlertDetails bare =
        new AlertDetails("Alert: Disk full", Severity.INFO, "", "", "", "", Map.of(), "", "", "", "", "", Map.of());
    assertThat(AlertIncident.message(bare)).isEqualTo("Alert: Disk full");
    assertThat(incidentFor(bare).title()).isEqualTo("Disk full");
    AlertDetails hostOnly =
        new AlertDetails("Disk", Severity.INFO, "", "", "db-1", "", Map.of(), "", "", "", "", "", Map.of());
    assertThat(AlertIncident.message(hostOnly)).isEqualTo("Disk - db-1");
  }

  @Test
  void theContext_hasTheContractsKeysInOrder() {
    NewIncident incident = incidentFor(TestAlerts.details("web-01", "abc"));

    assertThat(incident.context()).containsOnlyKeys(
        "alert_name", "severity", "status", "summary", "description", "target_host", "target_service",
        "target_labels", "metric_name", "metric_value", "runbook_url", "source_alert_id", "source_fingerprint",
        "fingerprint", "source_type", "source_instance", "source_uuid", "raw_payload");
    assertThat(incident.context().keySet()).first().isEqualTo("alert_name");
    assertThat(incident.context()).containsEntry("severity", "critical").containsEntry("status", "firing")
        .containsEntry("source_instance", "prod-am").containsEntry("source_uuid", TestAlerts.SOURCE_UUID)
        .containsEntry("target_labels", Map.of("alertname", "HighCPUUsage", "instance", "web-01"));
  }

  @Test
  void theAgentsTask_isTheAlertTaskWithTheChecklist_metricAndRunbookOnlyWhenSet() {
    NewIncident n = incidentFor(TestAlerts.details("web-01", "abc"));
    Incident incident = TestIncidents.incident(n.source(), n.context(), IncidentStatus.PENDING, "", null);

    String task = InvestigationTask.of(incident);

    assertThat(task).startsWith(
        "Investigate alert HighCPUUsage received from Prometheus Alertmanager (source \"prod-am\"):\n"
            + "Alert: HighCPUUsage\nHost: web-01\nService: node\nSeverity: critical\n"
            + "Summary: CPU usage above 95% on web-01\nDescription: CPU has been >95% for 5 minutes\n"
            + "Runbook: https://runbooks.example/cpu\n\n");
    assertThat(task).doesNotContain("Metric:").contains("1. Is this a known issue?").contains("5. Assess the urgency");
  }

  @Test
  void aMetric_addsItsLine() {
    AlertDetails d =
        new AlertDetails("Load", Severity.HIGH, "s", "d", "h", "", Map.of(), "load1", "7.5", "", "", "", Map.of());
    NewIncident n = AlertIncident.of(ID, TestAlerts.firing(d, null), d.fingerprint("x"),
        new AlertOrigin("x", "zabbix", "z1"), "/w");
    String task = InvestigationTask.of(TestIncidents.incident(n.source(), n.context(), IncidentStatus.PENDING, "", null));
    assertThat(task).contains("received from Zabbix (source \"z1\")").contains("Description: d\nMetric: load1 = 7.5\n\n");
  }
}
