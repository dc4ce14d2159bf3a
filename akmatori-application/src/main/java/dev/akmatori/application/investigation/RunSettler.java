package dev.akmatori.application.investigation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes how a run ended, once per run, as a compare-and-set on its lease, after everything the run
 * recorded has been committed (its journal log is closed first): a cancellation that was
 * seen wins, then a final answer; a run stopped by shutdown (or that says it was interrupted) is
 * re-queued without counting; otherwise the outcome's status. A lost lease writes nothing.
 */
final class RunSettler {
  private static final Logger LOG = LoggerFactory.getLogger(RunSettler.class);

  private final InvestigationQueue queue;
  private final String owner;
  private final Clock clock;
  private final Duration journalWait;

  RunSettler(InvestigationQueue queue, String owner, Clock clock, Duration journalWait) {
    this.queue = queue;
    this.owner = owner;
    this.clock = clock;
    this.journalWait = journalWait;
  }

  void settle(RunSession session, RunOutcome outcome) {
    if (!session.settle()) {
      return;
    }
    session.closeLog(journalWait);
    if (session.isLost()) {
      return;
    }
    Instant now = clock.instant();
    long millis = session.executionTime(now);
    boolean written;
    String what;
    if (session.cancelObserved() || outcome.kind() == RunOutcome.Kind.CANCELLED) {
      written = queue.finish(session.id(), owner, RunEnding.cancelled(millis), now);
      what = "cancelled";
    } else if (outcome.kind() == RunOutcome.Kind.COMPLETED) {
      written = queue.finish(session.id(), owner, RunEnding.completed(outcome.response(), millis), now);
      what = "completed";
    } else if (session.shutdown().isCancelled() || outcome.kind() == RunOutcome.Kind.INTERRUPTED) {
      written = queue.requeue(session.id(), owner, millis, now);
      what = "re-queued";
    } else {
      written = queue.finish(session.id(), owner, RunEnding.failed(failure(outcome), millis), now);
      what = "failed: " + failure(outcome);
    }
    if (written) {
      LOG.info("Investigation {} {} after {} ms in total", session.id(), what, millis);
    } else {
      LOG.warn("Investigation {} ended ({}) but its lease was no longer held; nothing written", session.id(), what);
    }
  }

  private static String failure(RunOutcome outcome) {
    return outcome.error() == null || outcome.error().isBlank()
        ? "Internal error: the run failed without a reason"
        : outcome.error();
  }
}
