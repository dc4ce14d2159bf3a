package dev.akmatori.adapter.http.incident;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.akmatori.domain.incident.Incident;
import java.time.Instant;
import java.util.Map;

/**
 * The Incident shape of contract §3.1, keys in the contract's order. Single-incident responses
 * ({@link #from}) carry {@code full_log}; list items ({@link #listItem}) omit the key, which is why
 * it alone is left out when null. Strings the contract does not call nullable are {@code ""} rather
 * than null.
 */
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
    @JsonInclude(JsonInclude.Include.NON_NULL) String fullLog,
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

  /** The full Incident, {@code full_log} included. */
  static IncidentResponse from(Incident i) {
    return of(i, text(i.fullLog()));
  }

  /** The Incident as a list item: without the {@code full_log} key. */
  static IncidentResponse listItem(Incident i) {
    return of(i, null);
  }

  private static IncidentResponse of(Incident i, String fullLog) {
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
        fullLog,
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
