package dev.akmatori.adapter.http.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;

/**
 * The counters and histograms of {@link Families}, looked up (or created) by their labels.
 * Micrometer keeps one meter per name and label set, so a lookup of an existing series is a map hit.
 */
final class Meters {
  private final MeterRegistry registry;

  Meters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Every family with its known label sets, at 0, before anything happens (contract §3.11). */
  void preRegister() {
    for (List<String> r : Families.KNOWN_REQUESTS) {
      requests(r.get(0), r.get(1), r.get(2));
      requestDuration(r.get(0), r.get(1));
    }
    Families.incidentSources().forEach(this::created);
    Families.finishedStatuses().forEach(this::finished);
    runDuration();
    tokens();
    for (String provider : Families.providers()) {
      Families.OUTCOMES.forEach(outcome -> llmCalls(provider, outcome));
      Families.TOKEN_TYPES.forEach(type -> providerTokens(provider, type));
      llmDuration(provider);
    }
    for (String type : Families.alertSourceTypes()) {
      Families.alertActions().forEach(action -> alerts(type, action));
    }
    for (String type : Families.toolTypes()) {
      Families.OUTCOMES.forEach(outcome -> toolCalls(type, outcome));
      toolDuration(type);
    }
  }

  void request(String method, String route, String status, Duration duration) {
    requests(method, route, status).increment();
    requestDuration(method, route).record(duration);
  }

  void incidentCreated(String source) {
    created(source).increment();
  }

  void incidentFinished(String status) {
    finished(status).increment();
  }

  void runEnded(Duration runTime) {
    runDuration().record(runTime.isNegative() ? Duration.ZERO : runTime);
  }

  void modelCall(String provider, String outcome, long input, long output, Duration duration) {
    llmCalls(provider, outcome).increment();
    llmDuration(provider).record(duration);
    if (input + output > 0) {
      tokens().increment(input + output);
      providerTokens(provider, "input").increment(input);
      providerTokens(provider, "output").increment(output);
    }
  }

  void toolCall(String toolType, String outcome, Duration duration) {
    toolCalls(toolType, outcome).increment();
    toolDuration(toolType).record(duration);
  }

  void alertReceived(String sourceType, String action) {
    alerts(sourceType, action).increment();
  }

  private Counter requests(String method, String route, String status) {
    return Counter.builder(Families.HTTP_REQUESTS)
        .description("HTTP requests answered, by method, route template and status")
        .tags("method", method, "route", route, "status", status)
        .register(registry);
  }

  private Timer requestDuration(String method, String route) {
    return Timer.builder(Families.HTTP_DURATION)
        .description("Time to answer an HTTP request (an event stream: its whole life)")
        .tags("method", method, "route", route)
        .serviceLevelObjectives(Families.HTTP_BUCKETS)
        .register(registry);
  }

  private Counter created(String source) {
    return Counter.builder(Families.INCIDENTS_CREATED)
        .description("Incidents created, by source (api or the alert source type)")
        .tag("source", source)
        .register(registry);
  }

  private Counter finished(String status) {
    return Counter.builder(Families.INCIDENTS_FINISHED)
        .description("Incidents that reached a terminal status")
        .tag("status", status)
        .register(registry);
  }

  private Timer runDuration() {
    return Timer.builder(Families.RUN_DURATION)
        .description("Wall time of investigation runs in this process, however they ended")
        .serviceLevelObjectives(Families.RUN_BUCKETS)
        .register(registry);
  }

  private Counter tokens() {
    return Counter.builder(Families.LLM_TOKENS)
        .description("LLM tokens used (input plus output), all providers")
        .register(registry);
  }

  private Counter providerTokens(String provider, String type) {
    return Counter.builder(Families.LLM_PROVIDER_TOKENS)
        .description("LLM tokens used, by provider and type (input or output)")
        .tags("provider", provider, "type", type)
        .register(registry);
  }

  private Counter llmCalls(String provider, String outcome) {
    return Counter.builder(Families.LLM_CALLS)
        .description("LLM calls, by provider and outcome (success or error)")
        .tags("provider", provider, "outcome", outcome)
        .register(registry);
  }

  private Timer llmDuration(String provider) {
    return Timer.builder(Families.LLM_DURATION)
        .description("Time of one LLM call including its retries")
        .tag("provider", provider)
        .serviceLevelObjectives(Families.LLM_BUCKETS)
        .register(registry);
  }

  private Counter alerts(String sourceType, String action) {
    return Counter.builder(Families.ALERTS_RECEIVED)
        .description("Alerts processed from webhooks, by alert source type and action")
        .tags("source_type", sourceType, "action", action)
        .register(registry);
  }

  private Counter toolCalls(String toolType, String outcome) {
    return Counter.builder(Families.TOOL_CALLS)
        .description("Tool calls run by investigations, by tool type and outcome (success or error)")
        .tags("tool_type", toolType, "outcome", outcome)
        .register(registry);
  }

  private Timer toolDuration(String toolType) {
    return Timer.builder(Families.TOOL_DURATION)
        .description("Time of one tool call")
        .tag("tool_type", toolType)
        .serviceLevelObjectives(Families.TOOL_BUCKETS)
        .register(registry);
  }
}
