package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentEvents;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The status changes of the queue, each inside the caller's transaction on a row it has locked:
 * lock first ({@code FOR UPDATE}), decide on what was read, then write the row and its status
 * event. Locking makes every decision see the latest cancellation flag and lease.
 */
final class LeaseWrites {
  private static final String LOCK_HELD =
      """
      SELECT id, cancel_requested, tokens_used, steps
      FROM incidents
      WHERE uuid = :uuid AND status = 'running' AND lease_owner = :owner""";
  private static final String SAME_EXPIRY = "\nAND lease_expires_at = :expiredAt";
  private static final String FOR_UPDATE = "\nFOR UPDATE";
  private static final String LOCK_STATUS = "SELECT status FROM incidents WHERE id = :id FOR UPDATE";
  private static final String TERMINAL =
      """
      UPDATE incidents
      SET status = :status, response = :response, error = :error, completed_at = :now, updated_at = :now,
          execution_time_ms = :millis, lease_owner = NULL, lease_expires_at = NULL, cancel_requested = FALSE
      WHERE id = :id""";
  private static final String PENDING =
      """
      UPDATE incidents
      SET status = 'pending', execution_time_ms = :millis, interruptions = interruptions + :counted,
          updated_at = :now, lease_owner = NULL, lease_expires_at = NULL, cancel_requested = FALSE
      WHERE id = :id""";

  private LeaseWrites() {}

  /** A running incident locked for its lease holder. */
  record Held(long id, boolean cancelRequested, long tokensUsed, long steps) {}

  /** Locks the incident when it runs under {@code owner} (and, if given, with that lease expiry). */
  static Optional<Held> lockHeld(Handle h, String uuid, String owner, Instant expiredAt) {
    String sql = LOCK_HELD + (expiredAt == null ? "" : SAME_EXPIRY) + FOR_UPDATE;
    var query = h.createQuery(sql).bind("uuid", uuid).bind("owner", owner);
    if (expiredAt != null) {
      query.bind("expiredAt", Timestamps.bind(expiredAt));
    }
    return query
        .map((rs, ctx) -> new Held(rs.getLong("id"), rs.getBoolean("cancel_requested"), rs.getLong("tokens_used"), rs.getLong("steps")))
        .findOne();
  }

  /** Locks the row and tells whether it has {@code status}. */
  static boolean lockIf(Handle h, long id, IncidentStatus status) {
    return h.createQuery(LOCK_STATUS).bind("id", id).mapTo(String.class).findOne()
        .map(s -> s.equals(status.wireName()))
        .orElse(false);
  }

  /** {@code from → to} (terminal) with {@code response}/{@code error}, lease released, status event. */
  static void terminal(
      Handle h, long id, IncidentStatus from, IncidentStatus to, String response, String error, long millis, Instant now) {
    from.transitionTo(to);
    h.createUpdate(TERMINAL)
        .bind("status", to.wireName())
        .bind("response", response == null ? "" : response)
        .bind("error", error)
        .bind("now", Timestamps.bind(now))
        .bind("millis", millis)
        .bind("id", id)
        .execute();
    EventRows.append(h, id, EventType.STATUS, IncidentEvents.status(to, from, error), now);
  }

  /** {@code running → pending}, counting an interruption or not, with the re-queue status event. */
  static void requeue(Handle h, long id, boolean counted, long millis, Instant now) {
    h.createUpdate(PENDING)
        .bind("millis", millis)
        .bind("counted", counted ? 1 : 0)
        .bind("now", Timestamps.bind(now))
        .bind("id", id)
        .execute();
    EventRows.append(h, id, EventType.STATUS, IncidentEvents.requeued(), now);
  }
}
