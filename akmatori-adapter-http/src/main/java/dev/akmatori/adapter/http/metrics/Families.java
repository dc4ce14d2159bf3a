package dev.akmatori.adapter.http.metrics;

import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.alertsource.AlertSourceTypeSpec;
import dev.akmatori.domain.alertsource.BuiltinAlertSourceTypes;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The metric families of contract §3.11 and the additions: Micrometer names (the Prometheus
 * registry appends {@code _total} to counters and {@code _seconds} to timers), label keys, the label
 * values known at startup, and histogram buckets sized for what each one measures.
 */
final class Families {
  static final String HTTP_REQUESTS = "akmatori.http.requests";
  static final String HTTP_DURATION = "akmatori.http.request.duration";
  static final String INCIDENTS_CREATED = ReservedNames.INCIDENTS_CREATED;
  static final String INCIDENTS_FINISHED = "akmatori.incidents.finished";
  static final String RUNNING = "akmatori.investigations.running";
  static final String RUN_DURATION = "akmatori.investigation.duration";
  static final String QUEUE_DEPTH = "akmatori.investigation.queue.depth";
  static final String LLM_TOKENS = "akmatori.llm.tokens";
  static final String LLM_PROVIDER_TOKENS = "akmatori.llm.tokens.by.provider";
  static final String LLM_CALLS = "akmatori.llm.calls";
  static final String LLM_DURATION = "akmatori.llm.call.duration";
  static final String ALERTS_RECEIVED = "akmatori.alerts.received";
  static final String TOOL_CALLS = "akmatori.tool.calls";
  static final String TOOL_DURATION = "akmatori.tool.call.duration";

  /** {@code route} of a request that matched no route (contract §3.11). */
  static final String UNMATCHED = "unmatched";

  /** The requests pre-registered at 0 (method, route, status). */
  static final List<List<String>> KNOWN_REQUESTS =
      List.of(List.of("GET", "/api/health", "200"), List.of("GET", "/api/metrics", "200"));

  static final List<String> OUTCOMES = List.of("success", "error");
  static final List<String> TOKEN_TYPES = List.of("input", "output");

  static final Duration[] HTTP_BUCKETS =
      seconds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30);
  static final Duration[] RUN_BUCKETS =
      seconds(5, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200);
  static final Duration[] LLM_BUCKETS = seconds(0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300);
  static final Duration[] TOOL_BUCKETS = seconds(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300);

  private Families() {}

  /** {@code api} and the five alert source types. */
  static List<String> incidentSources() {
    return Stream.concat(Stream.of("api"), alertSourceTypes().stream()).toList();
  }

  static List<String> alertSourceTypes() {
    return BuiltinAlertSourceTypes.all().stream().map(AlertSourceTypeSpec::name).toList();
  }

  /** The terminal statuses: {@code completed}, {@code failed}, {@code cancelled}. */
  static List<String> finishedStatuses() {
    return Arrays.stream(IncidentStatus.values()).filter(IncidentStatus::isTerminal).map(IncidentStatus::wireName).toList();
  }

  static List<String> alertActions() {
    return Arrays.stream(AlertAction.values()).map(AlertAction::wireName).toList();
  }

  static List<String> toolTypes() {
    return BuiltinToolTypes.names();
  }

  static List<String> providers() {
    return Arrays.stream(LlmProvider.values()).map(LlmProvider::wireName).toList();
  }

  private static Duration[] seconds(double... values) {
    return Arrays.stream(values).mapToObj(v -> Duration.ofNanos(Math.round(v * 1_000_000_000L))).toArray(Duration[]::new);
  }
}
