package dev.akmatori.adapter.http.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The counters and histograms of {@link Families}, looked up (or created) by their labels. Each
 * series is built once and then found in a map of its own by family and labels: Micrometer's
 * {@code register} builds, sorts and filters a meter id on every lookup, which every HTTP request
 * and every model call paid (ADR 0024).
 */
final class Meters {
  private final MeterRegistry registry;
  private final Map<List<String>, Meter> series = new ConcurrentHashMap<>();

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
    return memo(Counter.class, () -> Counter.builder(Families.HTTP_REQUESTS)
        .description("HTTP requests answered, by method, route template and status")
        .tags("method", method, "route", route, "status", status)
        .register(registry), Families.HTTP_REQUESTS, method, route, status);
  }

  private Timer requestDuration(String method, String route) {
    return memo(Timer.class, () -> Timer.builder(Families.HTTP_DURATION)
        .description("Time to answer an HTTP request (an event stream: its whole life)")
        .tags("method", method, "route", route)
        .serviceLevelObjectives(Families.HTTP_BUCKETS)
        .register(registry), Families.HTTP_DURATION, method, route);
  }

  private Counter created(String source) {
    return memo(Counter.class, () -> Counter.builder(Families.INCIDENTS_CREATED)
        .description("Incidents created, by source (api or the alert source type)")
        .tag("source", source)
        .register(registry), Families.INCIDENTS_CREATED, source);
  }

  private Counter finished(String status) {
    return memo(Counter.class, () -> Counter.builder(Families.INCIDENTS_FINISHED)
        .description("Incidents that reached a terminal status")
        .tag("status", status)
        .register(registry), Families.INCIDENTS_FINISHED, status);
  }

  private Timer runDuration() {
    return memo(Timer.class, () -> Timer.builder(Families.RUN_DURATION)
        .description("Wall time of investigation runs in this process, however they ended")
        .serviceLevelObjectives(Families.RUN_BUCKETS)
        .register(registry), Families.RUN_DURATION);
  }

  private Counter tokens() {
    return memo(Counter.class, () -> Counter.builder(Families.LLM_TOKENS)
        .description("LLM tokens used (input plus output), all providers")
        .register(registry), Families.LLM_TOKENS);
  }

  private Counter providerTokens(String provider, String type) {
    return memo(Counter.class, () -> Counter.builder(Families.LLM_PROVIDER_TOKENS)
        .description("LLM tokens used, by provider and type (input or output)")
        .tags("provider", provider, "type", type)
        .register(registry), Families.LLM_PROVIDER_TOKENS, provider, type);
  }

  private Counter llmCalls(String provider, String outcome) {
    return memo(Counter.class, () -> Counter.builder(Families.LLM_CALLS)
        .description("LLM calls, by provider and outcome (success or error)")
        .tags("provider", provider, "outcome", outcome)
        .register(registry), Families.LLM_CALLS, provider, outcome);
  }

  private Timer llmDuration(String provider) {
    return memo(Timer.class, () -> Timer.builder(Families.LLM_DURATION)
        .description("Time of one LLM call including its retries")
        .tag("provider", provider)
        .serviceLevelObjectives(Families.LLM_BUCKETS)
        .register(registry), Families.LLM_DURATION, provider);
  }

  private Counter alerts(String sourceType, String action) {
    return memo(Counter.class, () -> Counter.builder(Families.ALERTS_RECEIVED)
        .description("Alerts processed from webhooks, by alert source type and action")
        .tags("source_type", sourceType, "action", action)
        .register(registry), Families.ALERTS_RECEIVED, sourceType, action);
  }

  private Counter toolCalls(String toolType, String outcome) {
    return memo(Counter.class, () -> Counter.builder(Families.TOOL_CALLS)
        .description("Tool calls run by investigations, by tool type and outcome (success or error)")
        .tags("tool_type", toolType, "outcome", outcome)
        .register(registry), Families.TOOL_CALLS, toolType, outcome);
  }

  private Timer toolDuration(String toolType) {
    return memo(Timer.class, () -> Timer.builder(Families.TOOL_DURATION)
        .description("Time of one tool call")
        .tag("tool_type", toolType)
        .serviceLevelObjectives(Families.TOOL_BUCKETS)
        .register(registry), Families.TOOL_DURATION, toolType);
  }

  /** The series of {@code family} with {@code labels}, built by {@code make} the first time. */
  private <M extends Meter> M memo(Class<M> type, Supplier<M> make, String... familyAndLabels) {
    return type.cast(series.computeIfAbsent(List.of(familyAndLabels), k -> make.get()));
  }
}
