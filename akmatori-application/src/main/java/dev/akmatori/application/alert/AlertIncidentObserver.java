package dev.akmatori.application.alert;

import dev.akmatori.application.investigation.IncidentTitles;
import dev.akmatori.domain.alert.AlertIncident;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.Incident;

/** Learns about each incident an alert opened, after it is committed (e.g. to announce it in Slack). */
@FunctionalInterface
public interface AlertIncidentObserver {
  AlertIncidentObserver NONE = (incident, alert, source) -> { };

  /** Called on the webhook's thread; must return quickly and never throw. */
  void opened(Incident incident, NormalizedAlert alert, AlertSource source);

  /** Hands each opened incident to {@code titles} with its alert message as the source text (§4.8, §5.2). */
  static AlertIncidentObserver requestingTitles(IncidentTitles titles) {
    return (incident, alert, source) -> titles.created(incident.uuid(), AlertIncident.message(alert.details()));
  }

  /** This observer, then {@code next} — even if this one broke its promise and threw. */
  default AlertIncidentObserver andThen(AlertIncidentObserver next) {
    return (incident, alert, source) -> {
      try {
        opened(incident, alert, source);
      } finally {
        next.opened(incident, alert, source);
      }
    };
  }
}
