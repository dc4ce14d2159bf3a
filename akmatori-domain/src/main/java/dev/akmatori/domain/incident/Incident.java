package dev.akmatori.domain.incident;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One investigation (contract §3.1). {@code context} is free-form JSON-like data; {@code fullLog} is
 * rendered from the events and is empty when the incident was read as a list item.
 */
public record Incident(
    long id,
    IncidentId uuid,
    String source,
    String sourceId,
    String title,
    IncidentStatus status,
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

  public Incident {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(status, "status");
    context = context == null ? Map.of() : context;
  }

  /** The same incident with {@code full_log} set, as single-incident responses carry it. */
  public Incident withFullLog(String log) {
    return new Incident(
        id, uuid, source, sourceId, title, status, context, sessionId, workingDir, log, response,
        tokensUsed, executionTimeMs, startedAt, completedAt, createdAt, updatedAt, error, steps,
        alertCount);
  }
}
