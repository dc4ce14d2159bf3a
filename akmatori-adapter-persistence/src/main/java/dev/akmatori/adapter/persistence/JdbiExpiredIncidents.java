package dev.akmatori.adapter.persistence;

import dev.akmatori.application.retention.ExpiredIncident;
import dev.akmatori.application.retention.ExpiredIncidents;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Expired incidents read by keyset on the {@code (completed_at, id)} index and deleted a page at a
 * time (ADR 0019). A delete locks the rows that are still expired, then removes their alerts, their
 * notification threads, their events and the incidents in one transaction: the alerts are deleted
 * explicitly because their foreign key only unlinks them, the other children would cascade anyway.
 */
final class JdbiExpiredIncidents implements ExpiredIncidents {
  private static final String EXPIRED = "status IN ('completed', 'failed', 'cancelled') AND completed_at < :cutoff";
  private static final String PAGE = "SELECT id, uuid, completed_at FROM incidents WHERE " + EXPIRED;
  private static final String AFTER = "\nAND completed_at >= :afterAt AND (completed_at > :afterAt OR id > :afterId)";
  private static final String ORDER = "\nORDER BY completed_at, id LIMIT :limit";
  private static final String LOCK = "SELECT id FROM incidents WHERE id IN (<ids>) AND " + EXPIRED + " FOR UPDATE";
  private static final List<String> DELETE_CHILDREN =
      List.of(
          "DELETE FROM alerts WHERE incident_id IN (<ids>)",
          "DELETE FROM notification_threads WHERE incident_id IN (<ids>)",
          "DELETE FROM incident_events WHERE incident_id IN (<ids>)");
  private static final String DELETE_INCIDENTS = "DELETE FROM incidents WHERE id IN (<ids>)";
  private static final String EXISTING = "SELECT uuid FROM incidents WHERE uuid IN (<uuids>)";

  private final Jdbi jdbi;

  JdbiExpiredIncidents(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<ExpiredIncident> page(Instant cutoff, Optional<ExpiredIncident> after, int limit) {
    return jdbi.withHandle(h -> {
      Query query = h.createQuery(PAGE + (after.isPresent() ? AFTER : "") + ORDER)
          .bind("cutoff", Timestamps.bind(cutoff))
          .bind("limit", limit);
      after.ifPresent(a -> query.bind("afterAt", Timestamps.bind(a.completedAt())).bind("afterId", a.id()));
      return query.map((rs, ctx) -> new ExpiredIncident(
              rs.getLong("id"), new IncidentId(UUID.fromString(rs.getString("uuid"))), Timestamps.read(rs, "completed_at")))
          .list();
    });
  }

  @Override
  public int delete(List<ExpiredIncident> incidents, Instant cutoff) {
    if (incidents.isEmpty()) {
      return 0;
    }
    List<Long> wanted = incidents.stream().map(ExpiredIncident::id).toList();
    return jdbi.inTransaction(h -> {
      List<Long> ids = h.createQuery(LOCK).bindList("ids", wanted).bind("cutoff", Timestamps.bind(cutoff))
          .mapTo(Long.class).list();
      if (ids.isEmpty()) {
        return 0;
      }
      DELETE_CHILDREN.forEach(sql -> delete(h, sql, ids));
      return delete(h, DELETE_INCIDENTS, ids);
    });
  }

  private static int delete(Handle h, String sql, List<Long> ids) {
    return h.createUpdate(sql).bindList("ids", ids).execute();
  }

  @Override
  public Set<IncidentId> existing(Collection<IncidentId> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    List<String> uuids = ids.stream().map(IncidentId::toString).toList();
    Set<IncidentId> found = new HashSet<>();
    jdbi.useHandle(h -> h.createQuery(EXISTING).bindList("uuids", uuids)
        .map((rs, ctx) -> new IncidentId(UUID.fromString(rs.getString("uuid"))))
        .forEach(found::add));
    return found;
  }
}
