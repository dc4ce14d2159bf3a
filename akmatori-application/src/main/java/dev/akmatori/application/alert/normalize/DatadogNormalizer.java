package dev.akmatori.application.alert.normalize;

import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Datadog's webhook payload (contract §4.6): one alert per request from a flat object. Tags become
 * labels and give the host and service; the runbook is an event link; severity and status have their
 * own built-in rules. {@code tags} may be an array or, as Datadog's {@code $TAGS} renders it, one
 * comma-separated string.
 */
final class DatadogNormalizer implements PayloadNormalizer {
  @Override
  public List<NormalizedAlert> normalize(Object payload, FieldMappings mappings) {
    if (!(payload instanceof Map)) {
      throw Payloads.invalid("body must be a JSON object");
    }
    Map<String, Object> body = Payloads.object(payload);
    AlertDraft d = new AlertDraft();
    d.labels = tags(body.get("tags"));
    d.alertName = first(Payloads.text(body, "alert_title"), Payloads.text(body, "title"));
    d.severity = severity(Payloads.text(body, "alert_type"), Payloads.text(body, "priority"));
    d.status = status(Payloads.text(body, "alert_status"));
    d.summary = Payloads.text(body, "body");
    d.description = d.summary;
    d.targetHost = first(Payloads.text(body, "hostname"), d.labels.getOrDefault("host", ""));
    d.targetService = d.labels.getOrDefault("service", "");
    d.runbookUrl = runbook(body.get("event_links"));
    d.metricName = Payloads.text(body, "alert_metric");
    d.sourceAlertId = first(Payloads.text(body, "alert_id"), Payloads.text(body, "id"));
    d.sourceFingerprint = Payloads.text(body, "alert_cycle_key");
    d.raw = body;
    d.applyMappings(mappings, body);
    return List.of(d.build("Datadog Alert", ""));
  }

  private static Severity severity(String alertType, String priority) {
    switch (alertType.strip().toLowerCase(Locale.ROOT)) {
      case "error":
        return Severity.CRITICAL;
      case "warning":
        return Severity.WARNING;
      case "info":
      case "success":
        return Severity.INFO;
      default:
        break;
    }
    return "low".equalsIgnoreCase(priority.strip()) ? Severity.INFO : Severity.WARNING;
  }

  private static AlertStatus status(String alertStatus) {
    String s = alertStatus.toLowerCase(Locale.ROOT);
    return s.contains("recovered") || s.contains("resolved") || s.contains("ok") ? AlertStatus.RESOLVED : AlertStatus.FIRING;
  }

  /** {@code key:value} tags as labels (split at the first colon); a tag without one maps to {@code "true"}. */
  private static Map<String, String> tags(Object tags) {
    List<String> items = new ArrayList<>();
    if (tags instanceof List) {
      ((List<?>) tags).forEach(t -> items.add(Payloads.text(t)));
    } else if (tags instanceof String) {
      items.addAll(List.of(((String) tags).split(",")));
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (String item : items) {
      String tag = item.strip();
      int colon = tag.indexOf(':');
      if (colon > 0) {
        labels.put(tag.substring(0, colon), tag.substring(colon + 1));
      } else if (!tag.isEmpty()) {
        labels.put(tag, "true");
      }
    }
    return labels;
  }

  /** The URL of the first link named like a runbook, else of the first link. */
  private static String runbook(Object links) {
    if (!(links instanceof List)) {
      return "";
    }
    String first = "";
    for (Object link : (List<?>) links) {
      String url = Payloads.text(link, "url");
      if (url.isEmpty()) {
        continue;
      }
      if (Payloads.text(link, "name").toLowerCase(Locale.ROOT).contains("runbook")) {
        return url;
      }
      first = first.isEmpty() ? url : first;
    }
    return first;
  }

  private static String first(String a, String b) {
    return a.isEmpty() ? b : a;
  }
}
