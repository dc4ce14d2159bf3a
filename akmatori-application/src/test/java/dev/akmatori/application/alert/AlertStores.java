package dev.akmatori.application.alert;

import dev.akmatori.application.incident.InMemoryIncidents;
import dev.akmatori.application.incident.IncidentStores;

/** The alert repository and the incident stores over one store, as the contract suites get them. */
public record AlertStores(AlertRepository alerts, IncidentStores incidents) {
  /** The in-memory fakes over one set of rows. */
  public static AlertStores inMemory() {
    InMemoryIncidents fakes = new InMemoryIncidents();
    return new AlertStores(
        new InMemoryAlertRepository(fakes.repository), new IncidentStores(fakes.repository, fakes.events, fakes.queue));
  }
}
