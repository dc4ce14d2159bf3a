package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvents;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.NewIncident;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Stores a new pending incident with its first status event in the caller's transaction: shared by
 * the API's incident repository and the alert transaction, which also records the fingerprint of
 * the alert the incident came from.
 */
final class IncidentInserts {
  private static final String INSERT =
      """
      INSERT INTO incidents (uuid, source, source_id, title, status, context, working_dir, started_at,
                             created_at, updated_at, alert_fingerprint)
      VALUES (:uuid, :source, :sourceId, :title, 'pending', :context, :workingDir, :now, :now, :now, :fp)""";

  private IncidentInserts() {}

  /** Inserts the row and its {@code pending} event; {@code alertFingerprint} may be null. */
  static Incident insert(Handle h, NewIncident incident, String alertFingerprint, Instant now) {
    long id =
        h.createUpdate(INSERT)
            .bind("uuid", incident.uuid().toString())
            .bind("source", incident.source())
            .bind("sourceId", incident.sourceId())
            .bind("title", incident.title())
            .bind("context", JsonWriter.write(incident.context()))
            .bind("workingDir", incident.workingDir())
            .bind("now", Timestamps.bind(now))
            .bind("fp", alertFingerprint)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    EventRows.append(h, id, EventType.STATUS, IncidentEvents.status(IncidentStatus.PENDING, null, null), now);
    return h.createQuery(IncidentRows.SELECT + "\nWHERE id = :id").bind("id", id).map(IncidentRows::map).one();
  }
}
