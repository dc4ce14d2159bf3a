package dev.akmatori.application.alert.normalize;

import dev.akmatori.domain.alert.AlertDetails;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One alert while an adapter extracts it: its built-in values first, then the instance's field
 * mappings on top ({@link #applyMappings}), then {@link #build}. Not thread-safe; one per alert.
 */
final class AlertDraft {
  /** Identifiers longer than this are refused (they become the incident's {@code source_id}). */
  static final int MAX_ID_LENGTH = 1024;

  String alertName = "";
  Severity severity = Severity.WARNING;
  AlertStatus status = AlertStatus.FIRING;
  String summary = "";
  String description = "";
  String targetHost = "";
  String targetService = "";
  Map<String, String> labels = new LinkedHashMap<>();
  String metricName = "";
  String metricValue = "";
  String runbookUrl = "";
  String sourceAlertId = "";
  String sourceFingerprint = "";
  Instant startedAt;
  Instant endedAt;
  Map<String, Object> raw = Map.of();

  /**
   * Overrides each mapped field whose path resolves to a non-empty value in {@code target}:
   * severity and status through the generic normalisation, times when they parse (contract §4.4).
   */
  AlertDraft applyMappings(FieldMappings mappings, Object target) {
    mappings.paths().forEach((field, path) -> {
      String value = Payloads.text(target, path);
      if (value.isEmpty()) {
        return;
      }
      switch (field) {
        case ALERT_NAME -> alertName = value;
        case SEVERITY -> severity = Severity.normalize(value);
        case STATUS -> status = AlertStatus.normalize(value);
        case SUMMARY -> summary = value;
        case DESCRIPTION -> description = value;
        case TARGET_HOST -> targetHost = value;
        case TARGET_SERVICE -> targetService = value;
        case RUNBOOK_URL -> runbookUrl = value;
        case METRIC_NAME -> metricName = value;
        case METRIC_VALUE -> metricValue = value;
        case SOURCE_ALERT_ID -> sourceAlertId = value;
        case SOURCE_FINGERPRINT -> sourceFingerprint = value;
        case STARTED_AT -> AlertTimes.parse(value).ifPresent(t -> startedAt = t);
        case ENDED_AT -> AlertTimes.parse(value).ifPresent(t -> endedAt = t);
        default -> throw new IllegalStateException("unmapped field " + field);
      }
    });
    return this;
  }

  /**
   * The normalised alert; an empty name becomes {@code fallbackName}. {@code where} names the alert
   * in the error for an identifier past {@link #MAX_ID_LENGTH} characters.
   */
  NormalizedAlert build(String fallbackName, String where) {
    if (sourceFingerprint.length() > MAX_ID_LENGTH || sourceAlertId.length() > MAX_ID_LENGTH) {
      throw Payloads.invalid(where + "source alert id and fingerprint must be at most " + MAX_ID_LENGTH + " characters");
    }
    AlertDetails details =
        new AlertDetails(
            alertName.isEmpty() ? fallbackName : alertName, severity, summary, description, targetHost, targetService,
            labels, metricName, metricValue, runbookUrl, sourceAlertId, sourceFingerprint, raw);
    return new NormalizedAlert(details, status, Optional.ofNullable(startedAt), Optional.ofNullable(endedAt));
  }
}
