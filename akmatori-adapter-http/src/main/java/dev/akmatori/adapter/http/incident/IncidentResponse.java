package dev.akmatori.adapter.http.incident;

import dev.akmatori.domain.incident.Incident;
import java.time.Instant;
import java.util.Map;

/** The full Incident shape of contract §3.1, {@code full_log} included (single-incident responses). */
record IncidentResponse(
    long id,
    String uuid,
    String source,
    String sourceId,
    String title,
    String status,
    Map<String, Object> context,
    String sessionId,
    String workingDir,
    String fullLog,
    String response,
    long tokensUsed,
    long executionTimeMs,
    Instant startedAt,
    Instant completedAt,
    Instant createdAt,
    Instant updatedAt,
    String error,
    int steps,
    int alertCount) {

  static IncidentResponse from(Incident i) {
    return new IncidentResponse(
        i.id(),
        i.uuid().toString(),
        text(i.source()),
        text(i.sourceId()),
        text(i.title()),
        i.status().wireName(),
        i.context(),
        text(i.sessionId()),
        text(i.workingDir()),
        text(i.fullLog()),
        text(i.response()),
        i.tokensUsed(),
        i.executionTimeMs(),
        i.startedAt(),
        i.completedAt(),
        i.createdAt(),
        i.updatedAt(),
        i.error(),
        i.steps(),
        i.alertCount());
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
