package dev.akmatori.application.investigation;

import dev.akmatori.application.incident.IncidentRepository;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link InvestigationQueue} that tells an {@link IncidentEndObserver} about every incident one of
 * its writes made terminal — finished runs, provider failures, cancellations, recoveries — without
 * the workers knowing about it. The incident is read back after the write, so the observer sees
 * what was committed; an observer failure is logged and never changes the queue's answer.
 */
public final class ObservedInvestigationQueue implements InvestigationQueue {
  private static final Logger LOG = LoggerFactory.getLogger(ObservedInvestigationQueue.class);

  private final InvestigationQueue queue;
  private final IncidentRepository incidents;
  private final IncidentEndObserver observer;

  public ObservedInvestigationQueue(InvestigationQueue queue, IncidentRepository incidents, IncidentEndObserver observer) {
    this.queue = queue;
    this.incidents = incidents;
    this.observer = observer;
  }

  @Override
  public Optional<Incident> claimNext(String owner, Instant leaseUntil, Instant now) {
    return queue.claimNext(owner, leaseUntil, now);
  }

  @Override
  public List<Incident> claimBatch(String owner, int max, Instant leaseUntil, Instant now) {
    return queue.claimBatch(owner, max, leaseUntil, now);
  }

  @Override
  public Optional<IncidentId> failNext(String error, Instant now) {
    Optional<IncidentId> failed = queue.failNext(error, now);
    failed.ifPresent(this::observe);
    return failed;
  }

  @Override
  public Renewal renew(IncidentId incident, String owner, Instant leaseUntil, long executionTimeMs, Instant now) {
    return queue.renew(incident, owner, leaseUntil, executionTimeMs, now);
  }

  @Override
  public Map<IncidentId, Renewal> renewAll(String owner, List<LeaseRenewal> leases, Instant leaseUntil, Instant now) {
    return queue.renewAll(owner, leases, leaseUntil, now);
  }

  @Override
  public boolean finish(IncidentId incident, String owner, RunEnding ending, Instant now) {
    return observed(incident, queue.finish(incident, owner, ending, now));
  }

  @Override
  public boolean requeue(IncidentId incident, String owner, long executionTimeMs, Instant now) {
    return observed(incident, queue.requeue(incident, owner, executionTimeMs, now));
  }

  @Override
  public List<ExpiredLease> expired(Instant now, int limit) {
    return queue.expired(now, limit);
  }

  @Override
  public boolean reclaim(ExpiredLease lease, IncidentStatus next, Instant now) {
    return observed(lease.incident(), queue.reclaim(lease, next, now));
  }

  @Override
  public boolean cancelPending(IncidentId incident, Instant now) {
    return observed(incident, queue.cancelPending(incident, now));
  }

  @Override
  public boolean requestCancel(IncidentId incident, Instant now) {
    return queue.requestCancel(incident, now);
  }

  private boolean observed(IncidentId incident, boolean written) {
    if (written) {
      observe(incident);
    }
    return written;
  }

  /** Reads the incident back; only a terminal one is reported (a re-queue usually is not). */
  private void observe(IncidentId id) {
    try {
      incidents.find(id).filter(i -> i.status().isTerminal()).ifPresent(observer::ended);
    } catch (RuntimeException e) {
      LOG.warn("Could not report the end of incident {}: {}", id, e.toString());
    }
  }
}
