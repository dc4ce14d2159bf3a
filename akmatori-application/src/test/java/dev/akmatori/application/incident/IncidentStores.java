package dev.akmatori.application.incident;

import dev.akmatori.application.investigation.InvestigationQueue;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.NewIncident;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The three incident ports over one store, as the contract suites get them from a subclass. */
public record IncidentStores(IncidentRepository incidents, IncidentEventLog events, InvestigationQueue queue) {
  /** The in-memory fakes. */
  public static IncidentStores inMemory() {
    InMemoryIncidents fakes = new InMemoryIncidents();
    return new IncidentStores(fakes.repository, fakes.events, fakes.queue);
  }

  /** Creates an API incident with {@code task} at {@code at}. */
  public Incident create(String task, Instant at) {
    IncidentId id = new IncidentId(UUID.randomUUID());
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("task", task);
    context.put("created_by", "api");
    return incidents.create(new NewIncident(id, "api", "api-" + at.toEpochMilli(), task, context, "/data/incidents/" + id), at);
  }
}
