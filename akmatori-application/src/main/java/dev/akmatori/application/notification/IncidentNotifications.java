package dev.akmatori.application.notification;

import dev.akmatori.application.alert.AlertIncidentObserver;
import dev.akmatori.application.investigation.IncidentEndObserver;
import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import dev.akmatori.application.settings.RuntimeSettings;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.settings.ProxySettings;
import dev.akmatori.domain.settings.SlackSettings;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack notifications of alert incidents (contract §3.10.2): a new alert incident is announced in
 * {@code alerts_channel}, and its terminal result is posted in that message's thread with a link to
 * the incident. Settings are read at send time; work runs on {@code executor} (one thread keeps an
 * announcement before its own result); every failure is logged and changes nothing else.
 */
public final class IncidentNotifications implements AlertIncidentObserver, IncidentEndObserver {
  private static final Logger LOG = LoggerFactory.getLogger(IncidentNotifications.class);

  private final Notifier notifier;
  private final NotificationThreads threads;
  private final RuntimeSettings settings;
  private final Executor executor;
  private final Clock clock;

  public IncidentNotifications(
      Notifier notifier, NotificationThreads threads, RuntimeSettings settings, Executor executor, Clock clock) {
    this.notifier = notifier;
    this.threads = threads;
    this.settings = settings;
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public void opened(Incident incident, NormalizedAlert alert, AlertSource source) {
    submit(incident, "announcement", () -> announce(incident, alert, source));
  }

  @Override
  public void ended(Incident incident) {
    submit(incident, "result", () -> answer(incident));
  }

  private void announce(Incident incident, NormalizedAlert alert, AlertSource source) {
    SlackSettings slack = settings.slack();
    if (!slack.isActive() || slack.alertsChannel().isBlank()) {
      return;
    }
    String text = SlackTexts.alert(alert.details(), source, incident, settings.publicBaseUrl());
    PostedMessage posted = notifier.post(notification(slack, slack.alertsChannel(), text, Optional.empty()));
    threads.save(incident.uuid(), posted, clock.instant());
  }

  private void answer(Incident incident) {
    Optional<PostedMessage> thread = threads.find(incident.uuid());
    SlackSettings slack = settings.slack();
    if (thread.isEmpty() || !slack.isActive()) {
      return;
    }
    String text = SlackTexts.result(incident, settings.publicBaseUrl());
    notifier.post(notification(slack, thread.get().channel(), text, Optional.of(thread.get().ts())));
  }

  private Notification notification(SlackSettings slack, String channel, String text, Optional<String> thread) {
    ProxySettings proxy = settings.proxy();
    Optional<ProxyRoute> route = proxy.proxyFor(ProxyService.SLACK).map(url -> new ProxyRoute(url, proxy.noProxy()));
    return new Notification(slack.botToken(), channel, text, thread, route);
  }

  private void submit(Incident incident, String what, Runnable work) {
    try {
      executor.execute(() -> {
        try {
          work.run();
        } catch (RuntimeException e) {
          LOG.warn("Slack {} for incident {} failed: {}", what, incident.uuid(), e.getMessage());
        }
      });
    } catch (RejectedExecutionException stopping) {
      LOG.warn("Slack {} for incident {} skipped: notifications are shutting down", what, incident.uuid());
    }
  }
}
