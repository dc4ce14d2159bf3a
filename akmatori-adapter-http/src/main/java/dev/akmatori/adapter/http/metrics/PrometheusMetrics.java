package dev.akmatori.adapter.http.metrics;

import dev.akmatori.application.metrics.AlertMetrics;
import dev.akmatori.application.metrics.CallOutcome;
import dev.akmatori.application.metrics.IncidentMetrics;
import dev.akmatori.application.metrics.InvestigationMetrics;
import dev.akmatori.application.metrics.MetricsPorts;
import dev.akmatori.application.metrics.ModelCallMetrics;
import dev.akmatori.application.metrics.PendingIncidents;
import dev.akmatori.application.metrics.ToolCallMetrics;
import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.incident.IncidentStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's metrics (contract §3.11) in a Prometheus registry of its own: it implements every
 * observer port of the core, records the HTTP requests, and renders the text exposition format
 * 0.0.4. Every required family and every known label set exists at 0 from construction. Thread-safe;
 * no method throws (a failure to record is logged and dropped).
 */
public final class PrometheusMetrics
    implements IncidentMetrics, InvestigationMetrics, ModelCallMetrics, ToolCallMetrics, AlertMetrics {
  /** The exposition's content type: {@code text/plain; version=0.0.4; charset=utf-8}. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  /** How long a queue-depth count is reused before the store is asked again. */
  static final Duration QUEUE_DEPTH_TTL = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(PrometheusMetrics.class);

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Meters meters = new Meters(registry);
  private final AtomicInteger running = new AtomicInteger();
  private final CachedCount pending;

  /** {@code pending} counts the queued incidents for {@code akmatori_investigation_queue_depth}. */
  public PrometheusMetrics(PendingIncidents pending) {
    this(pending, QUEUE_DEPTH_TTL);
  }

  PrometheusMetrics(PendingIncidents pending, Duration queueDepthTtl) {
    this.pending = new CachedCount(pending, queueDepthTtl, System::nanoTime);
    Gauge.builder(Families.RUNNING, running, AtomicInteger::get)
        .description("Investigations running in this process")
        .register(registry);
    Gauge.builder(Families.QUEUE_DEPTH, this.pending, CachedCount::value)
        .description("Pending incidents waiting for an investigation worker (all processes; refreshed at most every "
            + queueDepthTtl.toSeconds() + " s)")
        .strongReference(true)
        .register(registry);
    meters.preRegister();
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** Metrics whose queue depth is always 0: for an API without investigation workers (tests). */
  public static PrometheusMetrics withoutQueue() {
    return new PrometheusMetrics(() -> 0);
  }

  /** This object as every port of the core. */
  public MetricsPorts ports() {
    return MetricsPorts.of(this);
  }

  /** The Prometheus text exposition (format 0.0.4) of every metric. */
  public String scrape() {
    return ReservedNames.rename(registry.scrape());
  }

  /** One answered request: {@code route} is a template or {@code unmatched}, never a raw path. */
  void requestServed(String method, String route, int status, Duration duration) {
    quietly(() -> meters.request(method, route, Integer.toString(status), duration));
  }

  @Override
  public void created(String source) {
    quietly(() -> meters.incidentCreated(source));
  }

  @Override
  public void finished(IncidentStatus status) {
    if (status.isTerminal()) {
      quietly(() -> meters.incidentFinished(status.wireName()));
    }
  }

  @Override
  public void started() {
    running.incrementAndGet();
  }

  @Override
  public void ended(Duration runTime) {
    running.decrementAndGet();
    quietly(() -> meters.runEnded(runTime));
  }

  @Override
  public void modelCalled(String provider, CallOutcome outcome, long inputTokens, long outputTokens, Duration duration) {
    quietly(() -> meters.modelCall(provider, outcome.wireName(), inputTokens, outputTokens, duration));
  }

  @Override
  public void toolCalled(String toolType, CallOutcome outcome, Duration duration) {
    quietly(() -> meters.toolCall(toolType, outcome.wireName(), duration));
  }

  @Override
  public void received(String sourceType, AlertAction action) {
    quietly(() -> meters.alertReceived(sourceType, action.wireName()));
  }

  private static void quietly(Runnable record) {
    try {
      record.run();
    } catch (RuntimeException e) {
      LOG.warn("Could not record a metric: {}", e.toString());
    }
  }
}
