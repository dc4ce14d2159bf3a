package dev.akmatori.adapter.http.alert;

import dev.akmatori.domain.alert.Alert;
import java.time.Instant;
import java.util.Map;

/** The Alert shape of contract §3.2. */
record AlertResponse(
    String uuid,
    String incidentUuid,
    String sourceUuid,
    String sourceType,
    String sourceName,
    String status,
    String fingerprint,
    String sourceFingerprint,
    String sourceAlertId,
    String alertName,
    String severity,
    String summary,
    String description,
    String targetHost,
    String targetService,
    String runbookUrl,
    String metricName,
    String metricValue,
    Map<String, String> targetLabels,
    Instant firedAt,
    Instant resolvedAt,
    boolean superseded,
    Instant lastSeenAt,
    Map<String, Object> rawPayload,
    Instant createdAt,
    Instant updatedAt) {

  static AlertResponse from(Alert a) {
    var d = a.details();
    return new AlertResponse(
        a.uuid().toString(),
        a.incident().map(Object::toString).orElse(null),
        a.origin().sourceUuid(),
        a.origin().sourceType(),
        a.origin().sourceName(),
        a.status().wireName(),
        a.fingerprint().value(),
        d.sourceFingerprint(),
        d.sourceAlertId(),
        d.alertName(),
        d.severity().wireName(),
        d.summary(),
        d.description(),
        d.targetHost(),
        d.targetService(),
        d.runbookUrl(),
        d.metricName(),
        d.metricValue(),
        d.targetLabels(),
        a.firedAt(),
        a.resolvedAt(),
        a.superseded(),
        a.lastSeenAt(),
        d.rawPayload(),
        a.createdAt(),
        a.updatedAt());
  }
}
