package dev.akmatori.adapter.persistence;

import dev.akmatori.application.investigation.ExpiredLease;
import dev.akmatori.application.investigation.InvestigationQueue;
import dev.akmatori.application.investigation.RunEnding;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvents;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.Recovery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The investigation queue on the {@code incidents} table (ADR 0009). On PostgreSQL the oldest
 * pending row is picked with {@code FOR UPDATE SKIP LOCKED}, so replicas claiming at once take
 * different rows without waiting; H2 (one process) picks without SKIP LOCKED, which it cannot
 * combine with LIMIT. Either way the pick is locked and its status checked again before the claim,
 * so an incident is claimed once.
 */
final class JdbiInvestigationQueue implements InvestigationQueue {
  private static final int PICK_ATTEMPTS = 20;
  private static final String OLDEST_PENDING =
      "SELECT id FROM incidents WHERE status = 'pending' ORDER BY created_at, id LIMIT :limit";
  private static final String SKIP_LOCKED = " FOR UPDATE SKIP LOCKED";
  /** Locks first and checks the status on what the lock read, as {@link LeaseWrites#lockIf} does. */
  private static final String LOCK_PICKED = "SELECT id, status FROM incidents WHERE id IN (<ids>) FOR UPDATE";
  /** Also moves {@code last_event_id} past the {@code running} event inserted next. */
  private static final String CLAIM =
      """
      UPDATE incidents
      SET status = 'running', session_id = uuid, lease_owner = :owner, lease_expires_at = :until,
          cancel_requested = FALSE, updated_at = :now, last_event_id = last_event_id + 1
      WHERE id IN (<ids>) AND status = 'pending'""";
  private static final String CLAIMED =
      "SELECT " + IncidentRows.COLUMNS + ", last_event_id\nFROM incidents\nWHERE id IN (<ids>)\nORDER BY created_at, id";
  private static final String RENEW =
      """
      UPDATE incidents SET lease_expires_at = :until, execution_time_ms = :millis, updated_at = :now
      WHERE uuid = :uuid AND status = 'running' AND lease_owner = :owner""";
  private static final String CANCEL_FLAG = "SELECT cancel_requested FROM incidents WHERE uuid = :uuid";
  private static final String CANCELLING =
      "SELECT uuid FROM incidents WHERE status = 'running' AND lease_owner = :owner AND cancel_requested = TRUE";
  private static final String EXPIRED =
      """
      SELECT uuid, lease_owner, lease_expires_at, interruptions FROM incidents
      WHERE status = 'running' AND lease_expires_at < :now
      ORDER BY lease_expires_at, id
      LIMIT :limit""";
  private static final String ROW = "SELECT id, execution_time_ms FROM incidents WHERE uuid = :uuid";
  private static final String FLAG_CANCEL =
      "UPDATE incidents SET cancel_requested = TRUE, updated_at = :now WHERE uuid = :uuid AND status = 'running'";

  private final Jdbi jdbi;
  private final String pickSql;

  JdbiInvestigationQueue(Jdbi jdbi, boolean postgres) {
    this.jdbi = jdbi;
    this.pickSql = OLDEST_PENDING + (postgres ? SKIP_LOCKED : "");
  }

  @Override
  public Optional<Incident> claimNext(String owner, Instant leaseUntil, Instant now) {
    return claimBatch(owner, 1, leaseUntil, now).stream().findFirst();
  }

  /**
   * One transaction and five statements for up to {@code max} incidents (ADR 0024): pick the oldest
   * pending ids (on PostgreSQL locked with SKIP LOCKED), lock those still pending, mark them running
   * while moving their {@code last_event_id} past the new event, read them back with that id, and
   * insert their {@code running} events as one JDBC batch. When every pick was taken meanwhile, it
   * picks again (at most {@value #PICK_ATTEMPTS} times).
   */
  @Override
  public List<Incident> claimBatch(String owner, int max, Instant leaseUntil, Instant now) {
    if (max < 1) {
      return List.of();
    }
    return jdbi.inTransaction(h -> {
      for (int attempt = 0; attempt < PICK_ATTEMPTS; attempt++) {
        List<Long> picked = h.createQuery(pickSql).bind("limit", max).mapTo(Long.class).list();
        if (picked.isEmpty()) {
          return List.<Incident>of();
        }
        List<Long> locked = new ArrayList<>();
        h.createQuery(LOCK_PICKED).bindList("ids", picked)
            .map((rs, ctx) -> IncidentStatus.PENDING.wireName().equals(rs.getString("status")) ? rs.getLong("id") : null)
            .forEach(id -> {
              if (id != null) {
                locked.add(id);
              }
            });
        if (!locked.isEmpty()) {
          return claim(h, locked, owner, leaseUntil, now);
        }
      }
      return List.<Incident>of();
    });
  }

  private static List<Incident> claim(Handle h, List<Long> ids, String owner, Instant leaseUntil, Instant now) {
    int updated = h.createUpdate(CLAIM).bindList("ids", ids).bind("owner", owner).bind("until", Timestamps.bind(leaseUntil))
        .bind("now", Timestamps.bind(now)).execute();
    if (updated != ids.size()) { // cannot happen under the locks; rolls the claim back if it does
      throw new IllegalStateException("claimed " + updated + " of " + ids.size() + " locked pending incidents");
    }
    Map<Long, Long> eventIds = new LinkedHashMap<>();
    List<Incident> claimed = h.createQuery(CLAIMED).bindList("ids", ids).map((rs, ctx) -> {
      eventIds.put(rs.getLong("id"), rs.getLong("last_event_id"));
      return IncidentRows.map(rs, ctx);
    }).list();
    EventRows.insertEach(h, eventIds, EventType.STATUS,
        IncidentEvents.status(IncidentStatus.RUNNING, IncidentStatus.PENDING, null), now);
    return claimed;
  }

  @Override
  public Optional<IncidentId> failNext(String error, Instant now) {
    return pickPending((h, id) -> {
      LeaseWrites.terminal(h, id, IncidentStatus.PENDING, IncidentStatus.FAILED, "", error, millis(h, id), now);
      return h.createQuery("SELECT uuid FROM incidents WHERE id = :id").bind("id", id)
          .map((rs, ctx) -> new IncidentId(UUID.fromString(rs.getString(1)))).one();
    });
  }

  /** Picks and locks the oldest pending incident, then applies {@code change} in the same transaction. */
  private <T> Optional<T> pickPending(BiFunction<Handle, Long, T> change) {
    return jdbi.inTransaction(h -> {
      for (int attempt = 0; attempt < PICK_ATTEMPTS; attempt++) {
        Optional<Long> id = h.createQuery(pickSql).bind("limit", 1).mapTo(Long.class).findOne();
        if (id.isEmpty()) {
          return Optional.<T>empty();
        }
        if (LeaseWrites.lockIf(h, id.get(), IncidentStatus.PENDING)) {
          return Optional.of(change.apply(h, id.get()));
        }
      }
      return Optional.<T>empty();
    });
  }

  @Override
  public Renewal renew(IncidentId incident, String owner, Instant leaseUntil, long executionTimeMs, Instant now) {
    return jdbi.inTransaction(h -> {
      int renewed = h.createUpdate(RENEW).bind("until", Timestamps.bind(leaseUntil)).bind("millis", executionTimeMs)
          .bind("now", Timestamps.bind(now)).bind("uuid", incident.toString()).bind("owner", owner).execute();
      if (renewed == 0) {
        return Renewal.LOST;
      }
      boolean cancel = h.createQuery(CANCEL_FLAG).bind("uuid", incident.toString()).mapTo(Boolean.class).one();
      return cancel ? Renewal.CANCEL_REQUESTED : Renewal.HELD;
    });
  }

  /**
   * One transaction for every lease: the renewals in incident order (so concurrent batches lock rows
   * in the same order), then one query for the cancellation flags of this owner's running incidents.
   */
  @Override
  public Map<IncidentId, Renewal> renewAll(String owner, List<LeaseRenewal> leases, Instant leaseUntil, Instant now) {
    if (leases.isEmpty()) {
      return Map.of();
    }
    List<LeaseRenewal> ordered = new ArrayList<>(leases);
    ordered.sort(Comparator.comparing(l -> l.incident().toString()));
    return jdbi.inTransaction(h -> {
      Map<IncidentId, Renewal> out = new LinkedHashMap<>();
      for (LeaseRenewal lease : ordered) {
        int renewed = h.createUpdate(RENEW).bind("until", Timestamps.bind(leaseUntil)).bind("millis", lease.executionTimeMs())
            .bind("now", Timestamps.bind(now)).bind("uuid", lease.incident().toString()).bind("owner", owner).execute();
        out.put(lease.incident(), renewed == 0 ? Renewal.LOST : Renewal.HELD);
      }
      h.createQuery(CANCELLING).bind("owner", owner)
          .map((rs, ctx) -> new IncidentId(UUID.fromString(rs.getString("uuid"))))
          .forEach(cancelled -> out.replace(cancelled, Renewal.HELD, Renewal.CANCEL_REQUESTED));
      return out;
    });
  }

  @Override
  public boolean finish(IncidentId incident, String owner, RunEnding ending, Instant now) {
    return jdbi.inTransaction(h -> LeaseWrites.lockHeld(h, incident.toString(), owner, null).map(held -> {
      if (ending.status() == IncidentStatus.COMPLETED) {
        EventRows.append(h, held.id(), EventType.RESPONSE,
            IncidentEvents.response(ending.response(), held.tokensUsed(), ending.executionTimeMs(), held.steps()), now);
      }
      LeaseWrites.terminal(h, held.id(), IncidentStatus.RUNNING, ending.status(), ending.response(), ending.error(),
          ending.executionTimeMs(), now);
      return true;
    }).orElse(false));
  }

  @Override
  public boolean requeue(IncidentId incident, String owner, long executionTimeMs, Instant now) {
    return jdbi.inTransaction(h -> LeaseWrites.lockHeld(h, incident.toString(), owner, null).map(held -> {
      takeBack(h, held, IncidentStatus.PENDING, false, executionTimeMs, now);
      return true;
    }).orElse(false));
  }

  @Override
  public List<ExpiredLease> expired(Instant now, int limit) {
    return jdbi.withHandle(h -> h.createQuery(EXPIRED).bind("now", Timestamps.bind(now)).bind("limit", limit)
        .map((rs, ctx) -> new ExpiredLease(
            new IncidentId(UUID.fromString(rs.getString("uuid"))), rs.getString("lease_owner"),
            Timestamps.read(rs, "lease_expires_at"), rs.getInt("interruptions")))
        .list());
  }

  @Override
  public boolean reclaim(ExpiredLease lease, IncidentStatus next, Instant now) {
    return jdbi.inTransaction(h -> LeaseWrites.lockHeld(h, lease.incident().toString(), lease.owner(), lease.expiredAt())
        .map(held -> {
          takeBack(h, held, next, true, millis(h, held.id()), now);
          return true;
        }).orElse(false));
  }

  @Override
  public boolean cancelPending(IncidentId incident, Instant now) {
    return jdbi.inTransaction(h -> {
      Optional<Long> id = h.createQuery(ROW).bind("uuid", incident.toString()).map((rs, ctx) -> rs.getLong("id")).findOne();
      if (id.isEmpty() || !LeaseWrites.lockIf(h, id.get(), IncidentStatus.PENDING)) {
        return false;
      }
      LeaseWrites.terminal(h, id.get(), IncidentStatus.PENDING, IncidentStatus.CANCELLED, "", Recovery.CANCELLED, millis(h, id.get()), now);
      return true;
    });
  }

  @Override
  public boolean requestCancel(IncidentId incident, Instant now) {
    return jdbi.withHandle(h -> h.createUpdate(FLAG_CANCEL).bind("now", Timestamps.bind(now)).bind("uuid", incident.toString()).execute() == 1);
  }

  /** Re-queue (counted or not) or fail a locked running incident; a requested cancellation wins. */
  private static void takeBack(Handle h, LeaseWrites.Held held, IncidentStatus next, boolean counted, long millis, Instant now) {
    if (held.cancelRequested()) {
      LeaseWrites.terminal(h, held.id(), IncidentStatus.RUNNING, IncidentStatus.CANCELLED, "", Recovery.CANCELLED, millis, now);
    } else if (next == IncidentStatus.PENDING) {
      LeaseWrites.requeue(h, held.id(), counted, millis, now);
    } else {
      if (counted) {
        h.createUpdate("UPDATE incidents SET interruptions = interruptions + 1 WHERE id = :id").bind("id", held.id()).execute();
      }
      LeaseWrites.terminal(h, held.id(), IncidentStatus.RUNNING, next, "", Recovery.RESTART_FAILURE, millis, now);
    }
  }

  private static long millis(Handle h, long id) {
    return h.createQuery("SELECT execution_time_ms FROM incidents WHERE id = :id").bind("id", id).mapTo(Long.class).one();
  }
}
