package dev.akmatori.adapter.persistence;

import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.application.incident.IncidentEventLog;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Investigation events in {@code incident_events}, one row each (see {@link EventRows}). */
final class JdbiIncidentEventLog implements IncidentEventLog {
  private static final String ROW_ID = "SELECT id FROM incidents WHERE uuid = :uuid";
  private static final String READ =
      """
      SELECT e.seq, e.event_type, e.occurred_at, e.data
      FROM incident_events e JOIN incidents i ON i.id = e.incident_id
      WHERE i.uuid = :uuid AND e.seq > :after
      ORDER BY e.seq
      LIMIT :limit""";
  private static final String COUNT =
      """
      SELECT COUNT(*)
      FROM incident_events e JOIN incidents i ON i.id = e.incident_id
      WHERE i.uuid = :uuid AND e.seq > :after""";

  private final Jdbi jdbi;

  JdbiIncidentEventLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public IncidentEvent append(IncidentId incident, EventType type, Map<String, Object> data, Instant at) {
    return jdbi.inTransaction(
        h -> {
          long id =
              h.createQuery(ROW_ID).bind("uuid", incident.toString()).mapTo(Long.class).findOne()
                  .orElseThrow(() -> new NotFoundException(GetIncident.NOT_FOUND));
          return EventRows.append(h, id, type, data, at);
        });
  }

  @Override
  public List<IncidentEvent> read(IncidentId incident, long afterId, int limit) {
    return jdbi.withHandle(
        h -> h.createQuery(READ)
            .bind("uuid", incident.toString())
            .bind("after", afterId)
            .bind("limit", Math.max(0, limit))
            .map(EventRows::map)
            .list());
  }

  @Override
  public long count(IncidentId incident, long afterId) {
    return jdbi.withHandle(
        h -> h.createQuery(COUNT).bind("uuid", incident.toString()).bind("after", afterId).mapTo(Long.class).one());
  }
}
