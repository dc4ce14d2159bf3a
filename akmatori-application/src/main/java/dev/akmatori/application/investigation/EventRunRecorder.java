package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentEvents;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link RunRecorder} of one run: {@code log} and {@code tool_call} events and the model calls'
 * {@code steps} and {@code tokens_used}, queued on the run's {@link JournalWriter.RunLog} and
 * committed by the process's journal writer in order. Once the run's lease is lost or the run has
 * been settled nothing more is written: the incident belongs to someone else, or has ended.
 */
final class EventRunRecorder implements RunRecorder {
  private final JournalWriter.RunLog log;
  private final Clock clock;
  private final AtomicInteger steps = new AtomicInteger();
  private final AtomicLong tokens = new AtomicLong();

  EventRunRecorder(JournalWriter.RunLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @Override
  public void log(String text) {
    if (text != null && !text.isEmpty()) {
      log.event(EventType.LOG, IncidentEvents.log(text), clock.instant());
    }
  }

  @Override
  public void toolCall(Map<String, Object> data) {
    log.event(EventType.TOOL_CALL, data, clock.instant());
  }

  @Override
  public void modelCall(long totalTokens) {
    long added = Math.max(0, totalTokens);
    log.usage(1, added, clock.instant());
    steps.incrementAndGet();
    tokens.addAndGet(added);
  }

  /**
   * Adds what the outcome's run totals count beyond the model calls reported one by one, so a loop
   * that reports only at the end is counted too, and nothing is counted twice.
   */
  void reconcile(RunOutcome outcome) {
    int missingSteps = Math.max(0, outcome.steps() - steps.get());
    long missingTokens = Math.max(0, outcome.tokensUsed() - tokens.get());
    if (missingSteps > 0 || missingTokens > 0) {
      log.usage(missingSteps, missingTokens, clock.instant());
      steps.addAndGet(missingSteps);
      tokens.addAndGet(missingTokens);
    }
  }
}
