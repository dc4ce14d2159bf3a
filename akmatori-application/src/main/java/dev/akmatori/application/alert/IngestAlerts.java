package dev.akmatori.application.alert;

import dev.akmatori.application.alert.normalize.Normalizers;
import dev.akmatori.application.alertsource.AlertSourceLookup;
import dev.akmatori.application.alertsource.ManageAlertSources;
import dev.akmatori.application.auth.UnauthorizedException;
import dev.akmatori.application.investigation.IncidentManagerPrompt;
import dev.akmatori.application.investigation.IncidentWorkspace;
import dev.akmatori.application.investigation.InvestigationWakeUp;
import dev.akmatori.application.metrics.AlertMetrics;
import dev.akmatori.application.metrics.IncidentMetrics;
import dev.akmatori.domain.alert.AlertOrigin;
import dev.akmatori.domain.alert.CorrelationWindow;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.shared.ForbiddenException;
import dev.akmatori.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/webhook/alert/{uuid}} (contract §4.1): finds the source, checks its secret,
 * normalises the payload and processes every alert in one transaction that holds the locks of their
 * fingerprints, so concurrent identical alerts — in this process or another — make one incident.
 * New incidents get their workspace and are announced after the commit, then the workers wake.
 */
public final class IngestAlerts {
  private static final Logger LOG = LoggerFactory.getLogger(IngestAlerts.class);

  static final String DISABLED = "Alert source is disabled";

  private final Ports ports;
  private final AlertProcessor processor;
  private final Clock clock;
  private final AlertMetrics alertMetrics;
  private final IncidentMetrics incidentMetrics;

  /** The ports ingestion uses. */
  public record Ports(
      AlertSourceLookup sources,
      AlertRepository alerts,
      IncidentWorkspace workspace,
      IncidentManagerPrompt prompt,
      InvestigationWakeUp wakeUp,
      AlertIncidentObserver observer) {
    public Ports {
      Objects.requireNonNull(sources, "sources");
      Objects.requireNonNull(alerts, "alerts");
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(prompt, "prompt");
      Objects.requireNonNull(wakeUp, "wakeUp");
      Objects.requireNonNull(observer, "observer");
    }
  }

  public IngestAlerts(Ports ports, CorrelationWindow window, Clock clock, Supplier<UUID> uuids) {
    this(ports, window, clock, uuids, AlertMetrics.NONE, IncidentMetrics.NONE);
  }

  /** As above, counting every processed alert by action and every incident an alert opened. */
  public IngestAlerts(
      Ports ports, CorrelationWindow window, Clock clock, Supplier<UUID> uuids, AlertMetrics alertMetrics,
      IncidentMetrics incidentMetrics) {
    this.ports = ports;
    this.processor = new AlertProcessor(window, ports.workspace()::directory, uuids);
    this.clock = clock;
    this.alertMetrics = alertMetrics;
    this.incidentMetrics = incidentMetrics;
  }

  /**
   * Steps 2–3: the enabled source with this uuid.
   *
   * @throws NotFoundException {@code Alert source not found}, also for a malformed uuid
   * @throws ForbiddenException {@code Alert source is disabled}
   */
  public AlertSource source(String uuid) {
    Optional<AlertSource> source = ports.sources().findForWebhook(uuid);
    if (source.isPresent() && !source.get().config().enabled()) {
      // The lookup may be cached (ADR 0025): a source is only refused on what the store says now.
      source = ports.sources().findFreshForWebhook(uuid);
    }
    return enabled(source);
  }

  private static AlertSource enabled(Optional<AlertSource> found) {
    AlertSource source = found.orElseThrow(() -> new NotFoundException(ManageAlertSources.NOT_FOUND));
    if (!source.config().enabled()) {
      throw new ForbiddenException(DISABLED);
    }
    return source;
  }

  /**
   * Steps 5–7 for a body already read within its limit: everything is committed when this returns.
   *
   * @throws dev.akmatori.application.auth.UnauthorizedException {@code Invalid webhook secret}
   * @throws dev.akmatori.domain.shared.BadRequestException {@code Invalid payload: <reason>}
   */
  public IngestResult ingest(AlertSource given, WebhookDelivery delivery) {
    AlertSource source = verified(given, delivery);
    Object payload = delivery.parser().parse(delivery.body());
    List<NormalizedAlert> alerts =
        Normalizers.forType(source.type().name())
            .orElseThrow(() -> new IllegalStateException("no adapter for type " + source.type().name()))
            .normalize(payload, source.config().fieldMappings());
    if (alerts.isEmpty()) {
      return new IngestResult(List.of());
    }
    AlertOrigin origin = new AlertOrigin(source.uuid().toString(), source.type().name(), source.config().name());
    Instant now = clock.instant();
    List<AlertProcessor.Step> steps =
        ports.alerts().inTransaction(AlertLocks.forAlerts(origin.sourceUuid(), alerts), tx -> {
          List<AlertProcessor.Step> done = new ArrayList<>(alerts.size());
          for (NormalizedAlert alert : alerts) {
            done.add(processor.process(tx, alert, origin, now));
          }
          return done;
        });
    afterCommit(source, alerts, steps);
    return new IngestResult(steps.stream().map(AlertProcessor.Step::outcome).toList());
  }

  /**
   * Step 5. The source may come from the lookup's cache (ADR 0025), so a secret that does not match
   * is checked once more against the source as stored now (its secret may have been rotated at
   * another replica) before the 401.
   */
  private AlertSource verified(AlertSource source, WebhookDelivery delivery) {
    try {
      WebhookSecrets.verify(source, delivery.headers(), delivery.body());
      return source;
    } catch (UnauthorizedException e) {
      AlertSource stored =
          ports.sources().findFreshForWebhook(source.uuid().toString())
              .filter(s -> s.config().enabled())
              .orElseThrow(() -> e);
      WebhookSecrets.verify(stored, delivery.headers(), delivery.body());
      return stored;
    }
  }

  /** Metrics, workspaces of the new incidents (file I/O stays out of the transaction), observers, wake-up. */
  private void afterCommit(AlertSource source, List<NormalizedAlert> alerts, List<AlertProcessor.Step> steps) {
    boolean opened = false;
    for (int i = 0; i < steps.size(); i++) {
      alertMetrics.received(source.type().name(), steps.get(i).outcome().action());
      if (steps.get(i).opened().isPresent()) {
        Incident incident = steps.get(i).opened().get();
        incidentMetrics.created(incident.source());
        LOG.info("Alert incident {} opened by source {} ({})", incident.uuid(), source.uuid(), source.type().name());
        opened = true;
        try {
          ports.workspace().create(incident.uuid(), ports.prompt().agentsMarkdown());
          ports.observer().opened(incident, alerts.get(i), source);
        } catch (RuntimeException e) {
          // The incident is committed and will run; the answer must still say what was stored.
          LOG.error("Alert incident {}: preparing its workspace or announcement failed", incident.uuid(), e);
        }
      }
    }
    if (opened) {
      ports.wakeUp().queued();
    }
  }
}
