package dev.akmatori.domain.alertsource;

import static dev.akmatori.domain.alertsource.AlertField.ALERT_NAME;
import static dev.akmatori.domain.alertsource.AlertField.DESCRIPTION;
import static dev.akmatori.domain.alertsource.AlertField.ENDED_AT;
import static dev.akmatori.domain.alertsource.AlertField.METRIC_NAME;
import static dev.akmatori.domain.alertsource.AlertField.METRIC_VALUE;
import static dev.akmatori.domain.alertsource.AlertField.RUNBOOK_URL;
import static dev.akmatori.domain.alertsource.AlertField.SEVERITY;
import static dev.akmatori.domain.alertsource.AlertField.SOURCE_ALERT_ID;
import static dev.akmatori.domain.alertsource.AlertField.SOURCE_FINGERPRINT;
import static dev.akmatori.domain.alertsource.AlertField.STARTED_AT;
import static dev.akmatori.domain.alertsource.AlertField.STATUS;
import static dev.akmatori.domain.alertsource.AlertField.SUMMARY;
import static dev.akmatori.domain.alertsource.AlertField.TARGET_HOST;
import static dev.akmatori.domain.alertsource.AlertField.TARGET_SERVICE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The five alert source types the server maintains, in the contract's order (§3.5), with the
 * {@code default_field_mappings} of §4.6 (fields that are not path-based are absent).
 */
public final class BuiltinAlertSourceTypes {
  private static final List<AlertSourceTypeSpec> ALL =
      List.of(
          new AlertSourceTypeSpec(
              "alertmanager",
              "Prometheus Alertmanager",
              "Receive alerts from Prometheus Alertmanager",
              "X-Alertmanager-Secret",
              alertmanagerShaped()),
          new AlertSourceTypeSpec(
              "grafana",
              "Grafana Alerting",
              "Receive alerts from Grafana Alerting",
              "X-Grafana-Secret",
              alertmanagerShaped()),
          new AlertSourceTypeSpec(
              "pagerduty",
              "PagerDuty",
              "Receive alerts from PagerDuty webhooks (v3)",
              "X-PagerDuty-Signature",
              pagerDuty()),
          new AlertSourceTypeSpec(
              "datadog",
              "Datadog",
              "Receive alerts from Datadog webhooks",
              "X-Datadog-Signature",
              datadog()),
          new AlertSourceTypeSpec(
              "zabbix", "Zabbix", "Receive alerts from Zabbix", "X-Zabbix-Secret", zabbix()));

  private BuiltinAlertSourceTypes() {}

  /** All five, in the order that gives them ids 1–5 on a fresh database. */
  public static List<AlertSourceTypeSpec> all() {
    return ALL;
  }

  public static Optional<AlertSourceTypeSpec> find(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public static boolean isKnown(String name) {
    return find(name).isPresent();
  }

  private static FieldMappings alertmanagerShaped() {
    Map<AlertField, String> m = new EnumMap<>(AlertField.class);
    m.put(ALERT_NAME, "labels.alertname");
    m.put(SEVERITY, "labels.severity");
    m.put(STATUS, "status");
    m.put(SUMMARY, "annotations.summary");
    m.put(DESCRIPTION, "annotations.description");
    m.put(TARGET_HOST, "labels.instance");
    m.put(TARGET_SERVICE, "labels.job");
    m.put(RUNBOOK_URL, "annotations.runbook_url");
    m.put(SOURCE_ALERT_ID, "fingerprint");
    m.put(SOURCE_FINGERPRINT, "fingerprint");
    m.put(STARTED_AT, "startsAt");
    m.put(ENDED_AT, "endsAt");
    return new FieldMappings(m);
  }

  private static FieldMappings pagerDuty() {
    Map<AlertField, String> m = new EnumMap<>(AlertField.class);
    m.put(ALERT_NAME, "event.data.title");
    m.put(SEVERITY, "event.data.priority.summary");
    m.put(STATUS, "event.event_type");
    m.put(SUMMARY, "event.data.description");
    m.put(DESCRIPTION, "event.data.description");
    m.put(TARGET_HOST, "event.data.source");
    m.put(TARGET_SERVICE, "event.data.service.name");
    m.put(RUNBOOK_URL, "event.data.body.details.runbook");
    m.put(SOURCE_ALERT_ID, "event.data.id");
    m.put(SOURCE_FINGERPRINT, "event.data.id");
    m.put(STARTED_AT, "event.occurred_at");
    return new FieldMappings(m);
  }

  private static FieldMappings datadog() {
    Map<AlertField, String> m = new EnumMap<>(AlertField.class);
    m.put(ALERT_NAME, "alert_title");
    m.put(SEVERITY, "alert_type");
    m.put(STATUS, "alert_status");
    m.put(SUMMARY, "body");
    m.put(DESCRIPTION, "body");
    m.put(TARGET_HOST, "hostname");
    m.put(METRIC_NAME, "alert_metric");
    m.put(SOURCE_ALERT_ID, "alert_id");
    m.put(SOURCE_FINGERPRINT, "alert_cycle_key");
    return new FieldMappings(m);
  }

  private static FieldMappings zabbix() {
    Map<AlertField, String> m = new EnumMap<>(AlertField.class);
    m.put(ALERT_NAME, "alert_name");
    m.put(SEVERITY, "priority");
    m.put(STATUS, "event_status");
    m.put(SUMMARY, "trigger_expression");
    m.put(TARGET_HOST, "hardware");
    m.put(RUNBOOK_URL, "runbook_url");
    m.put(METRIC_NAME, "metric_name");
    m.put(METRIC_VALUE, "metric_value");
    m.put(SOURCE_ALERT_ID, "event_id");
    m.put(SOURCE_FINGERPRINT, "event_id");
    m.put(STARTED_AT, "event_time");
    return new FieldMappings(m);
  }
}
