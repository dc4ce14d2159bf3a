package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvents;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.NewIncident;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Stores a new pending incident with its first status event in the caller's transaction: shared by
 * the API's incident repository and the alert transaction, which also records the fingerprint of
 * the alert the incident came from.
 *
 * <p>Two statements (ADR 0024): the row is inserted with {@code last_event_id = 1} and its first
 * event with id 1, because nobody else can write events of a row that is not committed yet (so the
 * bump-and-read of {@link EventRows#append} is not needed), and the incident is returned from the
 * values just written rather than read back. On PostgreSQL the two are one statement (ADR 0028): the
 * row is inserted in a data-modifying {@code WITH} and its event from what that returns, so a create
 * outside a transaction is atomic in one round trip.
 */
final class IncidentInserts {
  private static final String INSERT =
      """
      INSERT INTO incidents (uuid, source, source_id, title, status, context, working_dir, started_at,
                             created_at, updated_at, alert_fingerprint, last_event_id)
      VALUES (:uuid, :source, :sourceId, :title, 'pending', :context, :workingDir, :now, :now, :now, :fp, 1)""";

  /** PostgreSQL: the row and its first event in one statement, returning the row's id. */
  private static final String INSERT_WITH_EVENT =
      "WITH created AS (\n" + INSERT + "\nRETURNING id)\n"
          + EventRows.INSERT_FIRST_FROM + " created\nRETURNING incident_id";

  /** The data of every new incident's first event, {@code pending} from nothing. */
  private static final String FIRST_EVENT = JsonWriter.write(IncidentEvents.status(IncidentStatus.PENDING, null, null));

  private IncidentInserts() {}

  /**
   * Inserts the row and its {@code pending} event; {@code alertFingerprint} may be null. With
   * {@code postgres} it is one statement, which needs no transaction of its own.
   */
  static Incident insert(Handle h, NewIncident incident, String alertFingerprint, Instant now, boolean postgres) {
    String context = JsonWriter.write(incident.context());
    long id;
    if (postgres) {
      id = bindRow(h.createQuery(INSERT_WITH_EVENT), incident, alertFingerprint, context, now)
          .bind("type", EventType.STATUS.wireName())
          .bind("data", FIRST_EVENT)
          .mapTo(Long.class)
          .one();
    } else {
      id = bindRow(h.createUpdate(INSERT), incident, alertFingerprint, context, now)
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
      EventRows.insertFirst(h, id, EventType.STATUS, FIRST_EVENT, now);
    }
    Instant stored = Timestamps.stored(now);
    return new Incident(
        id, incident.uuid(), incident.source(), incident.sourceId(), incident.title(), IncidentStatus.PENDING,
        IncidentRows.context(incident.uuid().toString(), context), "", incident.workingDir(), "", "", 0, 0,
        stored, null, stored, stored, null, 0, 0);
  }

  private static <S extends SqlStatement<S>> S bindRow(
      S statement, NewIncident incident, String alertFingerprint, String context, Instant now) {
    return statement
        .bind("uuid", incident.uuid().toString())
        .bind("source", incident.source())
        .bind("sourceId", incident.sourceId())
        .bind("title", incident.title())
        .bind("context", context)
        .bind("workingDir", incident.workingDir())
        .bind("now", Timestamps.bind(now))
        .bind("fp", alertFingerprint);
  }
}
