package dev.akmatori.application.alert;

import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.Incident;

/** Learns about each incident an alert opened, after it is committed (e.g. to announce it in Slack). */
@FunctionalInterface
public interface AlertIncidentObserver {
  AlertIncidentObserver NONE = (incident, alert, source) -> { };

  /** Called on the webhook's thread; must return quickly and never throw. */
  void opened(Incident incident, NormalizedAlert alert, AlertSource source);
}
