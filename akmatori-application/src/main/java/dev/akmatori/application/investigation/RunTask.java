package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.InvestigationTask;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run on a worker thread: builds the {@link InvestigationRun} with fresh budgets, calls the
 * agent loop, turns a thrown failure into {@code Internal error: …}, and settles the outcome.
 */
final class RunTask implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(RunTask.class);

  private final RunSession session;
  private final InvestigationWorkers.Ports ports;
  private final WorkerSettings settings;
  private final RunSettler settler;
  private final Clock clock;
  private final Runnable onEnd;

  RunTask(
      RunSession session, InvestigationWorkers.Ports ports, WorkerSettings settings, RunSettler settler, Clock clock,
      Runnable onEnd) {
    this.session = session;
    this.ports = ports;
    this.settings = settings;
    this.settler = settler;
    this.clock = clock;
    this.onEnd = onEnd;
  }

  @Override
  public void run() {
    try {
      RunOutcome outcome = outcome();
      settler.settle(session, outcome);
    } catch (RuntimeException e) {
      LOG.error("Could not record the end of investigation {}; its lease will expire and recovery takes over", session.id(), e);
    } finally {
      onEnd.run();
    }
  }

  private RunOutcome outcome() {
    try {
      InvestigationRun run =
          new InvestigationRun(
              session.id(),
              InvestigationTask.of(session.incident()),
              ports.workspace().directory(session.id()),
              session.startedAt(),
              settings.maxSteps(),
              settings.maxTokens(),
              settings.runTimeout());
      EventRunRecorder recorder = new EventRunRecorder(session.log(), clock);
      RunOutcome outcome = ports.loop().run(run, recorder, session.cancel(), session.shutdown());
      if (outcome == null) {
        return RunOutcome.failed("Internal error: the agent loop returned no outcome", 0, 0);
      }
      recorder.reconcile(outcome);
      return outcome;
    } catch (RuntimeException e) {
      LOG.error("Investigation {} failed unexpectedly", session.id(), e);
      return RunOutcome.failed("Internal error: " + summary(e), 0, 0);
    }
  }

  private static String summary(RuntimeException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
