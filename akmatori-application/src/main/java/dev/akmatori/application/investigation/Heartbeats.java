package dev.akmatori.application.investigation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import dev.akmatori.domain.incident.IncidentId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews the leases of this process's runs and reads their cancellation flags (contract §5.1,
 * 3.1.4). A seen cancellation fires the run's signal; a run that has not stopped {@code
 * cancelGrace} later is written off as cancelled and interrupted. A lease found lost, or not renewed
 * for a whole lease period (the database unreachable), stops the run without writing anything.
 */
final class Heartbeats {
  private static final Logger LOG = LoggerFactory.getLogger(Heartbeats.class);

  private final InvestigationQueue queue;
  private final RunSettler settler;
  private final String owner;
  private final WorkerSettings settings;
  private final Clock clock;
  private final ScheduledExecutorService timers;

  Heartbeats(
      InvestigationQueue queue, RunSettler settler, String owner, WorkerSettings settings, Clock clock,
      ScheduledExecutorService timers) {
    this.queue = queue;
    this.settler = settler;
    this.owner = owner;
    this.settings = settings;
    this.clock = clock;
    this.timers = timers;
  }

  /** Renews the leases of every unsettled session in one go (one transaction where the queue can). */
  void beat(Collection<RunSession> sessions) {
    List<RunSession> live = sessions.stream().filter(s -> !s.isSettled()).toList();
    if (live.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<InvestigationQueue.LeaseRenewal> leases = new ArrayList<>(live.size());
    live.forEach(s -> leases.add(new InvestigationQueue.LeaseRenewal(s.id(), s.executionTime(now))));
    Map<IncidentId, InvestigationQueue.Renewal> renewals;
    try {
      renewals = queue.renewAll(owner, leases, now.plus(settings.leaseTtl()), now);
    } catch (RuntimeException e) {
      live.forEach(s -> failed(s, now, e));
      return;
    }
    for (RunSession session : live) {
      InvestigationQueue.Renewal renewal = renewals.get(session.id());
      if (renewal != null) {
        renewed(session, renewal, now);
      }
    }
  }

  private void renewed(RunSession session, InvestigationQueue.Renewal renewal, Instant now) {
    session.renewed(now);
    if (session.isSettled()) {
      return; // the run ended while renewing: a LOST answer just means it released its lease
    }
    if (renewal == InvestigationQueue.Renewal.LOST) {
      lose(session, "the incident is no longer running under this process");
    } else if (renewal == InvestigationQueue.Renewal.CANCEL_REQUESTED) {
      cancel(session);
    }
  }

  private void failed(RunSession session, Instant now, RuntimeException e) {
    Duration silent = Duration.between(session.lastRenewal(), now);
    LOG.warn("Could not renew the lease of investigation {} ({} without renewal): {}", session.id(), silent, e.toString());
    if (silent.compareTo(settings.leaseTtl()) >= 0) {
      lose(session, "its lease could not be renewed for " + silent);
    }
  }

  private void cancel(RunSession session) {
    if (session.observeCancel()) {
      LOG.info("Investigation {}: cancellation requested", session.id());
      session.cancel().fire();
      timers.schedule(() -> writeOff(session), settings.cancelGrace().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void writeOff(RunSession session) {
    if (!session.isSettled()) {
      LOG.warn("Investigation {} did not stop after its cancellation; writing it off", session.id());
      try {
        settler.settle(session, RunOutcome.cancelled(0, 0));
      } catch (RuntimeException e) {
        LOG.warn("Could not write off investigation {}: {}", session.id(), e.toString());
      } finally {
        session.interrupt();
      }
    }
  }

  private static void lose(RunSession session, String why) {
    LOG.warn("Investigation {} stops here: {}", session.id(), why);
    session.markLost();
    session.shutdown().fire();
  }
}
