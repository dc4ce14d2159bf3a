package dev.akmatori.app;

import dev.akmatori.adapter.http.alert.AlertOperations;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.alert.AlertIncidentObserver;
import dev.akmatori.application.alert.IngestAlerts;
import dev.akmatori.application.alert.ListAlerts;
import dev.akmatori.application.alertsource.AlertSourceLookup;
import dev.akmatori.application.metrics.MetricsPorts;
import dev.akmatori.application.notification.IncidentNotifications;
import dev.akmatori.application.notification.Notifier;
import dev.akmatori.application.settings.RuntimeSettings;
import dev.akmatori.domain.alert.CorrelationWindow;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alert ingestion and the Slack notifications of alert incidents: the webhook's part of the graph.
 * Notifications run on one daemon thread, so an announcement always goes out before the result of
 * the same incident in this process, and a slow Slack never delays a webhook or a worker.
 */
final class AlertWiring implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertWiring.class);

  final IncidentNotifications notifications;
  private final ExecutorService executor;

  private AlertWiring(IncidentNotifications notifications, ExecutorService executor) {
    this.notifications = notifications;
    this.executor = executor;
  }

  static AlertWiring create(Notifier notifier, PersistenceAdapter persistence, RuntimeSettings settings, Clock clock) {
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "akmatori-notifications");
      t.setDaemon(true);
      return t;
    });
    return new AlertWiring(
        new IncidentNotifications(notifier, persistence.notificationThreads(), settings, executor, clock), executor);
  }

  /**
   * The webhook and the alert lists, creating incidents through the lifecycle's workspace and
   * workers; each new incident is announced, then handed to the lifecycle's model titles; {@code
   * metrics} counts the alerts by action and the incidents they open.
   */
  AlertOperations operations(
      AppConfig config, PersistenceAdapter persistence, AlertSourceLookup sources, InvestigationWiring lifecycle,
      MetricsPorts metrics, Clock clock) {
    IngestAlerts ingest =
        new IngestAlerts(
            new IngestAlerts.Ports(
                sources, persistence.alerts(), lifecycle.workspace, lifecycle.prompt, lifecycle.workers,
                notifications.andThen(AlertIncidentObserver.requestingTitles(lifecycle.titles))),
            CorrelationWindow.ofMinutes(config.alertCorrelationWindowMinutes()),
            clock,
            UUID::randomUUID,
            metrics.alerts(),
            metrics.incidents());
    return new AlertOperations(ingest, new ListAlerts(persistence.alerts(), persistence.incidents()));
  }

  /** Lets queued notifications finish for a few seconds, then drops the rest. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("Slack notifications still pending at shutdown were dropped");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
