package dev.akmatori.domain.alertsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The five types and their default field mappings, exactly as contract §3.5 and §4.6 give them. */
class BuiltinAlertSourceTypesTest {
  @Test
  void theFiveTypes_inContractOrder_withTheirHeaders() {
    assertThat(BuiltinAlertSourceTypes.all())
        .extracting(AlertSourceTypeSpec::name, AlertSourceTypeSpec::displayName, AlertSourceTypeSpec::webhookSecretHeader)
        .containsExactly(
            tuple("alertmanager", "Prometheus Alertmanager", "X-Alertmanager-Secret"),
            tuple("grafana", "Grafana Alerting", "X-Grafana-Secret"),
            tuple("pagerduty", "PagerDuty", "X-PagerDuty-Signature"),
            tuple("datadog", "Datadog", "X-Datadog-Signature"),
            tuple("zabbix", "Zabbix", "X-Zabbix-Secret"));
    assertThat(BuiltinAlertSourceTypes.find("pagerduty").orElseThrow().description())
        .isEqualTo("Receive alerts from PagerDuty webhooks (v3)");
  }

  @Test
  void alertmanagerAndGrafana_readTheSamePathsOfOneAlertItem() {
    Map<String, String> alertmanager = mappings("alertmanager");

    assertThat(mappings("grafana")).isEqualTo(alertmanager);
    assertThat(alertmanager)
        .containsExactly(
            Map.entry("alert_name", "labels.alertname"),
            Map.entry("severity", "labels.severity"),
            Map.entry("status", "status"),
            Map.entry("summary", "annotations.summary"),
            Map.entry("description", "annotations.description"),
            Map.entry("target_host", "labels.instance"),
            Map.entry("target_service", "labels.job"),
            Map.entry("runbook_url", "annotations.runbook_url"),
            Map.entry("source_alert_id", "fingerprint"),
            Map.entry("source_fingerprint", "fingerprint"),
            Map.entry("started_at", "startsAt"),
            Map.entry("ended_at", "endsAt"));
  }

  @Test
  void pagerduty_readsTheV3EventPaths_andHasNoEndTimeOrMetric() {
    assertThat(mappings("pagerduty"))
        .containsExactly(
            Map.entry("alert_name", "event.data.title"),
            Map.entry("severity", "event.data.priority.summary"),
            Map.entry("status", "event.event_type"),
            Map.entry("summary", "event.data.description"),
            Map.entry("description", "event.data.description"),
            Map.entry("target_host", "event.data.source"),
            Map.entry("target_service", "event.data.service.name"),
            Map.entry("runbook_url", "event.data.body.details.runbook"),
            Map.entry("source_alert_id", "event.data.id"),
            Map.entry("source_fingerprint", "event.data.id"),
            Map.entry("started_at", "event.occurred_at"));
  }

  @Test
  void datadog_leavesOutTheFieldsItDoesNotReadByPath() {
    assertThat(mappings("datadog"))
        .containsExactly(
            Map.entry("alert_name", "alert_title"),
            Map.entry("severity", "alert_type"),
            Map.entry("status", "alert_status"),
            Map.entry("summary", "body"),
            Map.entry("description", "body"),
            Map.entry("target_host", "hostname"),
            Map.entry("metric_name", "alert_metric"),
            Map.entry("source_alert_id", "alert_id"),
            Map.entry("source_fingerprint", "alert_cycle_key"));
  }

  @Test
  void zabbix_readsTheMediaTypeScriptFields() {
    assertThat(mappings("zabbix"))
        .containsExactly(
            Map.entry("alert_name", "alert_name"),
            Map.entry("severity", "priority"),
            Map.entry("status", "event_status"),
            Map.entry("summary", "trigger_expression"),
            Map.entry("target_host", "hardware"),
            Map.entry("runbook_url", "runbook_url"),
            Map.entry("metric_name", "metric_name"),
            Map.entry("metric_value", "metric_value"),
            Map.entry("source_alert_id", "event_id"),
            Map.entry("source_fingerprint", "event_id"),
            Map.entry("started_at", "event_time"));
  }

  @Test
  void onlyTheFiveNamesAreKnown_exactly() {
    assertThat(BuiltinAlertSourceTypes.isKnown("zabbix")).isTrue();
    assertThat(BuiltinAlertSourceTypes.isKnown("Zabbix")).isFalse();
    assertThat(BuiltinAlertSourceTypes.isKnown("nagios")).isFalse();
    assertThat(BuiltinAlertSourceTypes.isKnown(null)).isFalse();
  }

  private static Map<String, String> mappings(String type) {
    return BuiltinAlertSourceTypes.find(type).orElseThrow().defaultFieldMappings().toWire();
  }
}
