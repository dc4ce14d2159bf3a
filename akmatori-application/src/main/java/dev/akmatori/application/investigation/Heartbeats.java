package dev.akmatori.application.investigation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
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

  void beat(Collection<RunSession> sessions) {
    for (RunSession session : sessions) {
      if (!session.isSettled()) {
        beat(session);
      }
    }
  }

  private void beat(RunSession session) {
    Instant now = clock.instant();
    try {
      InvestigationQueue.Renewal renewal =
          queue.renew(session.id(), owner, now.plus(settings.leaseTtl()), session.executionTime(now), now);
      session.renewed(now);
      if (session.isSettled()) {
        return; // the run ended while renewing: a LOST answer just means it released its lease
      }
      if (renewal == InvestigationQueue.Renewal.LOST) {
        lose(session, "the incident is no longer running under this process");
      } else if (renewal == InvestigationQueue.Renewal.CANCEL_REQUESTED) {
        cancel(session);
      }
    } catch (RuntimeException e) {
      Duration silent = Duration.between(session.lastRenewal(), now);
      LOG.warn("Could not renew the lease of investigation {} ({} without renewal): {}", session.id(), silent, e.toString());
      if (silent.compareTo(settings.leaseTtl()) >= 0) {
        lose(session, "its lease could not be renewed for " + silent);
      }
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
