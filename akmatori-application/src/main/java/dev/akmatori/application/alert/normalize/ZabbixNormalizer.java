package dev.akmatori.application.alert.normalize;

import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Zabbix (contract §4.6): one alert per request from the flat object a media-type script builds.
 * Priority and event status go through the generic normalisation; the description names the metric
 * and the trigger.
 */
final class ZabbixNormalizer implements PayloadNormalizer {
  @Override
  public List<NormalizedAlert> normalize(Object payload, FieldMappings mappings) {
    if (!(payload instanceof Map)) {
      throw Payloads.invalid("body must be a JSON object");
    }
    Map<String, Object> body = Payloads.object(payload);
    AlertDraft d = new AlertDraft();
    d.alertName = Payloads.text(body, "alert_name");
    d.severity = Severity.normalize(Payloads.text(body, "priority"));
    d.status = AlertStatus.normalize(Payloads.text(body, "event_status"));
    String trigger = Payloads.text(body, "trigger_expression");
    d.summary = trigger;
    d.targetHost = Payloads.text(body, "hardware");
    d.runbookUrl = Payloads.text(body, "runbook_url");
    d.metricName = Payloads.text(body, "metric_name");
    d.metricValue = Payloads.text(body, "metric_value");
    d.sourceAlertId = Payloads.text(body, "event_id");
    d.sourceFingerprint = d.sourceAlertId;
    d.startedAt = AlertTimes.parse(Payloads.text(body, "event_time")).orElse(null);
    d.description = "Metric: " + d.metricName + " = " + d.metricValue + "\nTrigger: " + trigger;
    d.labels = labels(body);
    d.raw = body;
    d.applyMappings(mappings, body);
    return List.of(d.build("Zabbix Alert", ""));
  }

  private static Map<String, String> labels(Map<String, Object> body) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String key : List.of("hardware", "trigger_expression", "pending_duration")) {
      String value = Payloads.text(body, key);
      if (!value.isEmpty()) {
        labels.put(key, value);
      }
    }
    return labels;
  }
}
