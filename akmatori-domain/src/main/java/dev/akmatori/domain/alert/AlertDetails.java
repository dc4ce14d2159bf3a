package dev.akmatori.domain.alert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an alert says, normalised (contract §4.3): every string is present ({@code ""} when the
 * source gave none), labels are a string map in source order, {@code rawPayload} is the source data
 * the alert came from. Status and times are not part of it: they move as the alert lives.
 */
public record AlertDetails(
    String alertName,
    Severity severity,
    String summary,
    String description,
    String targetHost,
    String targetService,
    Map<String, String> targetLabels,
    String metricName,
    String metricValue,
    String runbookUrl,
    String sourceAlertId,
    String sourceFingerprint,
    Map<String, Object> rawPayload) {

  public AlertDetails {
    alertName = text(alertName);
    Objects.requireNonNull(severity, "severity");
    summary = text(summary);
    description = text(description);
    targetHost = text(targetHost);
    targetService = text(targetService);
    targetLabels = Collections.unmodifiableMap(new LinkedHashMap<>(targetLabels == null ? Map.of() : targetLabels));
    metricName = text(metricName);
    metricValue = text(metricValue);
    runbookUrl = text(runbookUrl);
    sourceAlertId = text(sourceAlertId);
    sourceFingerprint = text(sourceFingerprint);
    rawPayload = rawPayload == null ? Map.of() : rawPayload;
  }

  /** The correlation fingerprint of these details as received by source {@code sourceUuid}. */
  public AlertFingerprint fingerprint(String sourceUuid) {
    return AlertFingerprint.of(sourceUuid, alertName, targetHost);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String toString() {
    return "AlertDetails[" + alertName + " on " + targetHost + ", " + severity.wireName() + "]";
  }
}
