package dev.akmatori.application.alert.normalize;

import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Alertmanager and Grafana (contract §4.6): one alert per item of {@code alerts[]}, read from the
 * item's labels and annotations; mappings resolve against the item. Grafana differs only in its
 * status rule ({@code resolved} only for an item status {@code resolved}) and its fallback name.
 */
final class AlertmanagerNormalizer implements PayloadNormalizer {
  private final boolean grafana;
  private final String fallbackName;

  private AlertmanagerNormalizer(boolean grafana, String fallbackName) {
    this.grafana = grafana;
    this.fallbackName = fallbackName;
  }

  static AlertmanagerNormalizer alertmanager() {
    return new AlertmanagerNormalizer(false, "Alertmanager Alert");
  }

  static AlertmanagerNormalizer grafana() {
    return new AlertmanagerNormalizer(true, "Grafana Alert");
  }

  @Override
  public List<NormalizedAlert> normalize(Object payload, FieldMappings mappings) {
    if (!(payload instanceof Map)) {
      throw Payloads.invalid("body must be a JSON object");
    }
    Object alerts = ((Map<?, ?>) payload).get("alerts");
    if (!(alerts instanceof List)) {
      throw Payloads.invalid("alerts must be an array");
    }
    List<?> items = (List<?>) alerts;
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map)) {
        throw Payloads.invalid("alerts[" + i + "] must be an object");
      }
    }
    List<NormalizedAlert> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      result.add(item(Payloads.object(items.get(i)), mappings, "alerts[" + i + "]: "));
    }
    return result;
  }

  private NormalizedAlert item(Map<String, Object> item, FieldMappings mappings, String where) {
    AlertDraft d = new AlertDraft();
    d.alertName = Payloads.text(item, "labels.alertname");
    d.severity = Severity.normalize(Payloads.text(item, "labels.severity"));
    d.status = status(Payloads.text(item, "status"));
    d.summary = Payloads.text(item, "annotations.summary");
    d.description = Payloads.text(item, "annotations.description");
    d.targetHost = Payloads.text(item, "labels.instance");
    d.targetService = Payloads.text(item, "labels.job");
    d.runbookUrl = Payloads.text(item, "annotations.runbook_url");
    d.sourceAlertId = Payloads.text(item, "fingerprint");
    d.sourceFingerprint = d.sourceAlertId;
    d.labels = Payloads.labels(item.get("labels"));
    d.startedAt = AlertTimes.parse(Payloads.text(item, "startsAt")).orElse(null);
    d.endedAt = AlertTimes.parse(Payloads.text(item, "endsAt")).orElse(null);
    d.raw = item;
    d.applyMappings(mappings, item);
    if (d.status != AlertStatus.RESOLVED) {
      d.endedAt = null; // Alertmanager sends a future endsAt while firing
    }
    return d.build(fallbackName, where);
  }

  private AlertStatus status(String value) {
    if (grafana) {
      return value.strip().toLowerCase(Locale.ROOT).equals("resolved") ? AlertStatus.RESOLVED : AlertStatus.FIRING;
    }
    return AlertStatus.normalize(value);
  }
}
