package dev.akmatori.adapter.http.incident;

import dev.akmatori.domain.incident.Incident;
import java.time.Instant;
import java.util.Map;

/**
 * The Incident shape of contract §3.1 as a list item: everything but {@code full_log}. Strings the
 * contract does not call nullable are {@code ""} rather than null.
 */
record IncidentListItem(
    long id,
    String uuid,
    String source,
    String sourceId,
    String title,
    String status,
    Map<String, Object> context,
    String sessionId,
    String workingDir,
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

  static IncidentListItem from(Incident i) {
    return new IncidentListItem(
        i.id(),
        i.uuid().toString(),
        text(i.source()),
        text(i.sourceId()),
        text(i.title()),
        i.status().wireName(),
        i.context(),
        text(i.sessionId()),
        text(i.workingDir()),
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
