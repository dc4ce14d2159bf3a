package dev.akmatori.domain.alert;

import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentTitle;
import dev.akmatori.domain.incident.NewIncident;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The incident a new firing alert opens (contract §4.8): source and source id, the fallback title of
 * the alert message, and the context keys of the contract in their order.
 */
public final class AlertIncident {
  private AlertIncident() {}

  /** A pending incident for {@code alert}, received by {@code origin}, with its workspace at {@code workingDir}. */
  public static NewIncident of(
      IncidentId id, NormalizedAlert alert, AlertFingerprint fp, AlertOrigin origin, String workingDir) {
    AlertDetails d = alert.details();
    String sourceId = d.sourceFingerprint().isEmpty() ? fp.value() : d.sourceFingerprint();
    String title = IncidentTitle.fallback(message(d), origin.sourceType());
    return new NewIncident(id, origin.sourceType(), sourceId, title, context(alert, fp, origin), workingDir);
  }

  /** {@code <alert_name> - <target_host>: <summary>}, the host and summary parts only when non-empty. */
  public static String message(AlertDetails d) {
    StringBuilder text = new StringBuilder(d.alertName());
    if (!d.targetHost().isEmpty()) {
      text.append(" - ").append(d.targetHost());
    }
    if (!d.summary().isEmpty()) {
      text.append(": ").append(d.summary());
    }
    return text.toString();
  }

  static Map<String, Object> context(NormalizedAlert alert, AlertFingerprint fp, AlertOrigin origin) {
    AlertDetails d = alert.details();
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("alert_name", d.alertName());
    context.put("severity", d.severity().wireName());
    context.put("status", alert.status().wireName());
    context.put("summary", d.summary());
    context.put("description", d.description());
    context.put("target_host", d.targetHost());
    context.put("target_service", d.targetService());
    context.put("target_labels", new LinkedHashMap<String, Object>(d.targetLabels()));
    context.put("metric_name", d.metricName());
    context.put("metric_value", d.metricValue());
    context.put("runbook_url", d.runbookUrl());
    context.put("source_alert_id", d.sourceAlertId());
    context.put("source_fingerprint", d.sourceFingerprint());
    context.put("fingerprint", fp.value());
    context.put("source_type", origin.sourceType());
    context.put("source_instance", origin.sourceName());
    context.put("source_uuid", origin.sourceUuid());
    context.put("raw_payload", d.rawPayload());
    return context;
  }
}
