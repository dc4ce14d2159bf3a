package dev.akmatori.application.metrics;

import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every observer port at once, recording each observation as a line such as {@code tool zabbix
 * success} (durations kept apart, they vary). Thread-safe; shared with other modules' tests.
 */
public final class RecordingMetrics
    implements IncidentMetrics, InvestigationMetrics, ModelCallMetrics, ToolCallMetrics, AlertMetrics {
  private final List<String> events = new ArrayList<>();
  private final List<Duration> durations = new ArrayList<>();

  public MetricsPorts ports() {
    return MetricsPorts.of(this);
  }

  /** The observations so far, in order. */
  public synchronized List<String> events() {
    return List.copyOf(events);
  }

  /** The durations of the observations that carry one, in order. */
  public synchronized List<Duration> durations() {
    return List.copyOf(durations);
  }

  @Override
  public synchronized void created(String source) {
    events.add("created " + source);
  }

  @Override
  public synchronized void finished(IncidentStatus status) {
    events.add("finished " + status.wireName());
  }

  @Override
  public synchronized void started() {
    events.add("run started");
  }

  @Override
  public synchronized void ended(Duration runTime) {
    events.add("run ended");
    durations.add(runTime);
  }

  @Override
  public synchronized void modelCalled(
      String provider, CallOutcome outcome, long inputTokens, long outputTokens, Duration duration) {
    events.add("model " + provider + " " + outcome.wireName() + " " + inputTokens + "+" + outputTokens);
    durations.add(duration);
  }

  @Override
  public synchronized void toolCalled(String toolType, CallOutcome outcome, Duration duration) {
    events.add("tool " + toolType + " " + outcome.wireName());
    durations.add(duration);
  }

  @Override
  public synchronized void received(String sourceType, AlertAction action) {
    events.add("alert " + sourceType + " " + action.wireName());
  }
}
