package dev.akmatori.adapter.persistence;

import dev.akmatori.application.investigation.RunProgress;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Rows of {@code incident_events}. An append bumps the incident's {@code last_event_id} and inserts
 * with the new value in the caller's transaction: the row lock the UPDATE takes serialises writers
 * of one incident across connections and replicas, and a rollback takes the id back, so ids stay
 * dense. The primary key (incident_id, seq) guards the rule.
 */
final class EventRows {
  static final String COLUMNS = "seq, event_type, occurred_at, data";

  private static final String BUMP = "UPDATE incidents SET last_event_id = last_event_id + 1 WHERE id = :id";
  private static final String CURRENT = "SELECT last_event_id FROM incidents WHERE id = :id";
  private static final String INSERT =
      """
      INSERT INTO incident_events (incident_id, seq, event_type, occurred_at, data)
      VALUES (:incident, :seq, :type, :at, :data)""";
  /**
   * PostgreSQL: the first event (id 1) of each row a data-modifying {@code WITH} returns (its {@code
   * id} column), from {@code :type}, {@code :now} and {@code :data}; the {@code WITH}'s name follows.
   */
  static final String INSERT_FIRST_FROM =
      """
      INSERT INTO incident_events (incident_id, seq, event_type, occurred_at, data)
      SELECT id, 1, :type, :now, :data FROM""";

  private EventRows() {}

  /** Appends one event to the incident with row id {@code incidentId}; returns it as stored. */
  static IncidentEvent append(Handle h, long incidentId, EventType type, Map<String, Object> data, Instant at) {
    String json = JsonWriter.write(data);
    h.createUpdate(BUMP).bind("id", incidentId).execute();
    long seq = h.createQuery(CURRENT).bind("id", incidentId).mapTo(Long.class).one();
    h.createUpdate(INSERT)
        .bind("incident", incidentId)
        .bind("seq", seq)
        .bind("type", type.wireName())
        .bind("at", Timestamps.bind(at))
        .bind("data", json)
        .execute();
    return new IncidentEvent(seq, type, Timestamps.stored(at), JsonText.parseObject(json));
  }

  /**
   * Inserts the first event (id 1) of an incident inserted in this transaction with {@code
   * last_event_id = 1}: the row is not visible to anyone else yet, so no bump is needed.
   */
  static void insertFirst(Handle h, long incidentId, EventType type, String json, Instant at) {
    h.createUpdate(INSERT)
        .bind("incident", incidentId)
        .bind("seq", 1L)
        .bind("type", type.wireName())
        .bind("at", Timestamps.bind(at))
        .bind("data", json)
        .execute();
  }

  /**
   * Inserts the same event into several incidents as one JDBC batch, each with the id given for its
   * row id; the caller has already moved each incident's {@code last_event_id} to it in this transaction.
   */
  static void insertEach(Handle h, Map<Long, Long> seqByIncident, EventType type, Map<String, Object> data, Instant at) {
    if (seqByIncident.isEmpty()) {
      return;
    }
    String json = JsonWriter.write(data);
    PreparedBatch batch = h.prepareBatch(INSERT);
    seqByIncident.forEach((incident, seq) -> batch.bind("incident", incident)
        .bind("seq", seq)
        .bind("type", type.wireName())
        .bind("at", Timestamps.bind(at))
        .bind("data", json)
        .add());
    batch.execute();
  }

  /**
   * Inserts {@code events} with ids {@code firstSeq}, {@code firstSeq + 1}, … as one JDBC batch; the
   * caller has already moved the incident's {@code last_event_id} past them in this transaction.
   */
  static void insertAll(Handle h, long incidentId, long firstSeq, List<RunProgress.Event> events) {
    PreparedBatch batch = h.prepareBatch(INSERT);
    long seq = firstSeq;
    for (RunProgress.Event event : events) {
      batch.bind("incident", incidentId)
          .bind("seq", seq++)
          .bind("type", event.type().wireName())
          .bind("at", Timestamps.bind(event.at()))
          .bind("data", JsonWriter.write(event.data()))
          .add();
    }
    batch.execute();
  }

  static IncidentEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
    String type = rs.getString("event_type");
    return new IncidentEvent(
        rs.getLong("seq"),
        EventType.fromWire(type).orElseThrow(() -> new IllegalStateException("Unknown event type " + type)),
        Timestamps.read(rs, "occurred_at"),
        JsonText.parseObject(rs.getString("data")));
  }
}
