package dev.akmatori.application.investigation;

import dev.akmatori.application.incident.IncidentEventLog;
import dev.akmatori.application.incident.IncidentRepository;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentEvents;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link RunRecorder} of one run: {@code log} and {@code tool_call} events appended to the
 * event log, model calls added to {@code steps} and {@code tokens_used}. Once the run's lease is
 * lost nothing more is written: the incident belongs to someone else.
 */
final class EventRunRecorder implements RunRecorder {
  private final RunSession session;
  private final IncidentEventLog events;
  private final IncidentRepository incidents;
  private final Clock clock;
  private final AtomicInteger steps = new AtomicInteger();
  private final AtomicLong tokens = new AtomicLong();

  EventRunRecorder(RunSession session, IncidentEventLog events, IncidentRepository incidents, Clock clock) {
    this.session = session;
    this.events = events;
    this.incidents = incidents;
    this.clock = clock;
  }

  @Override
  public void log(String text) {
    if (!session.isLost() && text != null && !text.isEmpty()) {
      events.append(session.id(), EventType.LOG, IncidentEvents.log(text), clock.instant());
    }
  }

  @Override
  public void toolCall(Map<String, Object> data) {
    if (!session.isLost()) {
      events.append(session.id(), EventType.TOOL_CALL, data, clock.instant());
    }
  }

  @Override
  public void modelCall(long totalTokens) {
    if (!session.isLost()) {
      long added = Math.max(0, totalTokens);
      incidents.addUsage(session.id(), 1, added, clock.instant());
      steps.incrementAndGet();
      tokens.addAndGet(added);
    }
  }

  /**
   * Adds what the outcome's run totals count beyond the model calls reported one by one, so a loop
   * that reports only at the end is counted too, and nothing is counted twice.
   */
  void reconcile(RunOutcome outcome) {
    int missingSteps = Math.max(0, outcome.steps() - steps.get());
    long missingTokens = Math.max(0, outcome.tokensUsed() - tokens.get());
    if (!session.isLost() && (missingSteps > 0 || missingTokens > 0)) {
      incidents.addUsage(session.id(), missingSteps, missingTokens, clock.instant());
      steps.addAndGet(missingSteps);
      tokens.addAndGet(missingTokens);
    }
  }
}
