package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable investigation queue (contract §5.1): pending incidents are the jobs, a running one
 * holds a lease ({@code owner}, expiry) that its process renews. Every method is one transaction
 * that also records the status events of the change it makes, and every lease-holder method is a
 * compare-and-set on the owner, so processes sharing the database never run one incident twice and
 * never touch each other's live leases. Thread-safe; store failures surface as unchecked
 * exceptions and leave nothing half-written.
 */
public interface InvestigationQueue {
  /**
   * Claims the oldest pending incident ({@code created_at}, then {@code id}): it becomes {@code
   * running} with {@code session_id} = uuid, a lease for {@code owner} until {@code leaseUntil}, and
   * a {@code running} status event. Empty when nothing is pending. Concurrent callers (threads or
   * replicas) always get different incidents.
   */
  Optional<Incident> claimNext(String owner, Instant leaseUntil, Instant now);

  /**
   * Claims up to {@code max} of the oldest pending incidents as {@link #claimNext} does, in one
   * transaction where the store can (ADR 0024); returned in creation order, empty when nothing is
   * pending. It may return fewer than are pending (a concurrent claimer took some); never an
   * incident claimed by anyone else. The default claims them one by one.
   */
  default List<Incident> claimBatch(String owner, int max, Instant leaseUntil, Instant now) {
    List<Incident> claimed = new ArrayList<>();
    for (int i = 0; i < max; i++) {
      Optional<Incident> next = claimNext(owner, leaseUntil, now);
      if (next.isEmpty()) {
        break;
      }
      claimed.add(next.get());
    }
    return claimed;
  }

  /**
   * Fails the oldest pending incident without running it ({@code pending → failed} with {@code
   * error}, {@code completed_at} and the status event); empty when nothing is pending.
   */
  Optional<IncidentId> failNext(String error, Instant now);

  /**
   * Renews the lease held by {@code owner} and stores the run's live {@code execution_time_ms}.
   * Returns {@link Renewal#LOST} (changing nothing) when the incident is no longer running under
   * that owner, and {@link Renewal#CANCEL_REQUESTED} when its cancellation flag is set.
   */
  Renewal renew(IncidentId incident, String owner, Instant leaseUntil, long executionTimeMs, Instant now);

  /**
   * {@link #renew} for several leases of {@code owner} (a heartbeat of every run of a process), in
   * one transaction where the store can: each incident's answer, keyed by incident. The default
   * renews them one by one.
   */
  default Map<IncidentId, Renewal> renewAll(String owner, List<LeaseRenewal> leases, Instant leaseUntil, Instant now) {
    Map<IncidentId, Renewal> out = new LinkedHashMap<>();
    for (LeaseRenewal lease : leases) {
      out.put(lease.incident(), renew(lease.incident(), owner, leaseUntil, lease.executionTimeMs(), now));
    }
    return out;
  }

  /**
   * Ends a run held by {@code owner} in a terminal status: {@code response}, {@code error}, {@code
   * completed_at}, the final {@code execution_time_ms}, the lease released; records a {@code
   * response} event before a {@code completed} status event, else just the status event. False
   * (nothing written) when the lease is no longer held.
   */
  boolean finish(IncidentId incident, String owner, RunEnding ending, Instant now);

  /**
   * Re-queues a run held by {@code owner} without counting an interruption (graceful shutdown):
   * {@code running → pending}, lease released, the re-queue status event recorded. When a
   * cancellation was requested meanwhile the incident is cancelled instead. False when the lease is
   * no longer held.
   */
  boolean requeue(IncidentId incident, String owner, long executionTimeMs, Instant now);

  /** Up to {@code limit} running incidents whose lease expired before {@code now}, oldest expiry first. */
  List<ExpiredLease> expired(Instant now, int limit);

  /**
   * Takes back an expired lease exactly as {@link #expired} reported it (same owner and expiry),
   * counting an interruption: {@code next} is {@code pending} (re-queue status event) or {@code
   * failed} (with the restart failure text); a requested cancellation wins and cancels it. False
   * when the lease changed meanwhile (renewed, or taken back by another process).
   */
  boolean reclaim(ExpiredLease lease, IncidentStatus next, Instant now);

  /**
   * Cancels a pending incident at once ({@code error} = {@code Investigation cancelled}, {@code
   * completed_at}, status event). False when it is not pending (any more).
   */
  boolean cancelPending(IncidentId incident, Instant now);

  /** Sets the cancellation flag of a running incident for its lease holder to see. False when it is not running. */
  boolean requestCancel(IncidentId incident, Instant now);

  /** One lease to renew and the run's live {@code execution_time_ms}. */
  record LeaseRenewal(IncidentId incident, long executionTimeMs) {}

  /** What a heartbeat found. */
  enum Renewal {
    /** The lease was renewed. */
    HELD,
    /** The lease was renewed and the user asked to cancel. */
    CANCEL_REQUESTED,
    /** The incident is no longer running under this owner: stop without writing anything. */
    LOST
  }
}
