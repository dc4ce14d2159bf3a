package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.Recovery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes back the incidents of processes that died (contract §5.1): every running incident whose
 * lease expired is re-queued, or failed on its second counted interruption. Safe to run in every
 * replica at once: each take-back is a compare-and-set on the expired lease.
 */
final class LeaseRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(LeaseRecovery.class);
  private static final int BATCH = 100;

  private final InvestigationQueue queue;
  private final Clock clock;

  LeaseRecovery(InvestigationQueue queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
  }

  /** Recovers every lease that expired before {@code cutoff}; returns how many were taken back. */
  int recover(Instant cutoff) {
    int recovered = 0;
    while (true) {
      List<ExpiredLease> expired = queue.expired(cutoff, BATCH);
      int taken = 0;
      for (ExpiredLease lease : expired) {
        IncidentStatus next = Recovery.afterExpiredLease(lease.interruptions());
        if (queue.reclaim(lease, next, clock.instant())) {
          taken++;
          LOG.warn(
              "Investigation {} lost its lease (owner {}, expired {}); now {}",
              lease.incident(), lease.owner(), lease.expiredAt(), next.wireName());
        }
      }
      recovered += taken;
      if (expired.size() < BATCH || taken == 0) {
        return recovered;
      }
    }
  }
}
