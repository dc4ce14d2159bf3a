package dev.akmatori.application.alert.normalize;

import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PagerDuty webhooks v3 (contract §4.6): one alert per event from {@code event.data}; {@code
 * pagey.ping} yields none. Status and severity have their own built-in rules; the service falls back
 * to its summary and an empty description to the title, as real v3 incident events need.
 */
final class PagerDutyNormalizer implements PayloadNormalizer {
  static final String PING = "pagey.ping";

  @Override
  public List<NormalizedAlert> normalize(Object payload, FieldMappings mappings) {
    if (!(payload instanceof Map)) {
      throw Payloads.invalid("body must be a JSON object");
    }
    Object event = ((Map<?, ?>) payload).get("event");
    if (!(event instanceof Map)) {
      throw Payloads.invalid("event must be an object");
    }
    String eventType = Payloads.text(event, "event_type");
    if (PING.equals(eventType)) {
      return List.of();
    }
    Object data = ((Map<?, ?>) event).get("data");
    if (!(data instanceof Map)) {
      throw Payloads.invalid("event.data must be an object");
    }
    AlertDraft d = new AlertDraft();
    d.alertName = Payloads.text(data, "title");
    d.status = status(eventType);
    d.severity = severity(Payloads.text(data, "priority.summary"), Payloads.text(data, "urgency"));
    d.description = Payloads.text(data, "description");
    if (d.description.isEmpty()) {
      d.description = d.alertName;
    }
    d.summary = d.description;
    d.targetHost = Payloads.text(data, "source");
    d.targetService = Payloads.text(data, "service.name");
    if (d.targetService.isEmpty()) {
      d.targetService = Payloads.text(data, "service.summary");
    }
    d.runbookUrl = Payloads.text(data, "body.details.runbook");
    d.sourceAlertId = Payloads.text(data, "id");
    d.sourceFingerprint = d.sourceAlertId;
    d.startedAt = AlertTimes.parse(Payloads.text(event, "occurred_at")).orElse(null);
    d.labels = labels(data, d.targetService);
    d.raw = Payloads.object(payload);
    d.applyMappings(mappings, payload);
    return List.of(d.build("PagerDuty Incident", ""));
  }

  private static AlertStatus status(String eventType) {
    String type = eventType.toLowerCase(Locale.ROOT);
    return type.contains("resolved") || type.contains("acknowledged") ? AlertStatus.RESOLVED : AlertStatus.FIRING;
  }

  private static Severity severity(String prioritySummary, String urgency) {
    String priority = prioritySummary.toLowerCase(Locale.ROOT);
    if (priority.contains("p1") || priority.contains("critical")) {
      return Severity.CRITICAL;
    }
    if (priority.contains("p2") || priority.contains("high")) {
      return Severity.HIGH;
    }
    switch (urgency.strip().toLowerCase(Locale.ROOT)) {
      case "high":
        return Severity.HIGH;
      case "low":
        return Severity.INFO;
      default:
        return Severity.WARNING;
    }
  }

  private static Map<String, String> labels(Object data, String service) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("service_id", Payloads.text(data, "service.id"));
    labels.put("service_name", service);
    labels.put("urgency", Payloads.text(data, "urgency"));
    labels.put("priority_id", Payloads.text(data, "priority.id"));
    String url = Payloads.text(data, "html_url");
    if (!url.isEmpty()) {
      labels.put("url", url);
    }
    return labels;
  }
}
