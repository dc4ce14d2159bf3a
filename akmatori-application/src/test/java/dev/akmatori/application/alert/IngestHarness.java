package dev.akmatori.application.alert;

import dev.akmatori.application.investigation.InMemoryIncidentWorkspace;
import dev.akmatori.application.metrics.RecordingMetrics;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.alert.CorrelationWindow;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.Incident;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link IngestAlerts} over given stores, with a movable clock and recording workspace, wake-ups and observer. */
public final class IngestHarness {
  public static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  public final AlertStores stores;
  public final MutableClock clock = new MutableClock(T0);
  public final InMemoryIncidentWorkspace workspace = new InMemoryIncidentWorkspace();
  public final AtomicInteger wakeUps = new AtomicInteger();
  public final List<Incident> announced = new CopyOnWriteArrayList<>();
  public final Map<String, AlertSource> sources = new ConcurrentHashMap<>();
  public final RecordingMetrics metrics = new RecordingMetrics();
  public final IngestAlerts ingest;

  public IngestHarness(AlertStores stores, CorrelationWindow window) {
    this.stores = stores;
    this.ingest =
        new IngestAlerts(
            new IngestAlerts.Ports(
                uuid -> Optional.ofNullable(sources.get(uuid)),
                stores.alerts(),
                workspace,
                () -> "Investigate carefully.",
                wakeUps::incrementAndGet,
                (incident, alert, source) -> announced.add(incident)),
            window,
            clock,
            UUID::randomUUID,
            metrics,
            metrics);
  }

  public IngestHarness(AlertStores stores) {
    this(stores, CorrelationWindow.ofMinutes(60));
  }

  /** Registers {@code source} for {@link IngestAlerts#source} lookups and returns it. */
  public AlertSource register(AlertSource source) {
    sources.put(source.uuid().toString(), source);
    return source;
  }

  public IngestResult post(AlertSource source, String json) {
    return ingest.ingest(source, AlertFixtures.delivery(json));
  }
}
