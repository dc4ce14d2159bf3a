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
 *
 * <p>Two statements (ADR 0024): the row is inserted with {@code last_event_id = 1} and its first
 * event with id 1, because nobody else can write events of a row that is not committed yet (so the
 * bump-and-read of {@link EventRows#append} is not needed), and the incident is returned from the
 * values just written rather than read back.
 */
final class IncidentInserts {
  private static final String INSERT =
      """
      INSERT INTO incidents (uuid, source, source_id, title, status, context, working_dir, started_at,
                             created_at, updated_at, alert_fingerprint, last_event_id)
      VALUES (:uuid, :source, :sourceId, :title, 'pending', :context, :workingDir, :now, :now, :now, :fp, 1)""";

  private IncidentInserts() {}

  /** Inserts the row and its {@code pending} event; {@code alertFingerprint} may be null. */
  static Incident insert(Handle h, NewIncident incident, String alertFingerprint, Instant now) {
    String context = JsonWriter.write(incident.context());
    long id =
        h.createUpdate(INSERT)
            .bind("uuid", incident.uuid().toString())
            .bind("source", incident.source())
            .bind("sourceId", incident.sourceId())
            .bind("title", incident.title())
            .bind("context", context)
            .bind("workingDir", incident.workingDir())
            .bind("now", Timestamps.bind(now))
            .bind("fp", alertFingerprint)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    EventRows.insertFirst(h, id, EventType.STATUS, IncidentEvents.status(IncidentStatus.PENDING, null, null), now);
    Instant stored = Timestamps.stored(now);
    return new Incident(
        id, incident.uuid(), incident.source(), incident.sourceId(), incident.title(), IncidentStatus.PENDING,
        IncidentRows.context(incident.uuid().toString(), context), "", incident.workingDir(), "", "", 0, 0,
        stored, null, stored, stored, null, 0, 0);
  }
}
