package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Inserts incident rows with plain SQL, so list tests do not depend on a create method. */
final class IncidentRowsFixture {
  private static final String INSERT =
      """
      INSERT INTO incidents (uuid, source, source_id, title, status, context, session_id, working_dir,
                             response, tokens_used, execution_time_ms, started_at, completed_at,
                             created_at, updated_at, error, steps, alert_count)
      VALUES (:uuid, :source, :sourceId, :title, :status, :context, :sessionId, :workingDir,
              :response, :tokens, :millis, :started, :completed, :created, :updated, :error, :steps, :alerts)
      """;

  private final Jdbi jdbi;

  IncidentRowsFixture(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A pending incident with defaults; returns its id. */
  long insert(String source, IncidentStatus status, Instant createdAt) {
    return insert(UUID.randomUUID(), source, status, createdAt, "{}", null, null);
  }

  long insert(
      UUID uuid,
      String source,
      IncidentStatus status,
      Instant createdAt,
      String context,
      Instant completedAt,
      String error) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(INSERT)
                .bind("uuid", uuid.toString())
                .bind("source", source)
                .bind("sourceId", "src-" + uuid)
                .bind("title", "Incident " + uuid)
                .bind("status", status.wireName())
                .bind("context", context)
                .bind("sessionId", uuid.toString())
                .bind("workingDir", "/data/incidents/" + uuid)
                .bind("response", "answer for " + uuid)
                .bind("tokens", 1234L)
                .bind("millis", 5678L)
                .bind("started", Timestamps.bind(createdAt))
                .bind("completed", Timestamps.bind(completedAt))
                .bind("created", Timestamps.bind(createdAt))
                .bind("updated", Timestamps.bind(createdAt.plusSeconds(1)))
                .bind("error", error)
                .bind("steps", 7)
                .bind("alerts", 2)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
  }
}
