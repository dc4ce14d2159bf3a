package dev.akmatori.application.incident;

import dev.akmatori.domain.incident.FullLog;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/incidents/{uuid}}: the incident with {@code full_log} rendered from its events (contract §3.1.2). */
public final class GetIncident {
  /** The 404 message of every incident route. */
  public static final String NOT_FOUND = "Incident not found";

  private static final int BATCH = 1000;

  private final IncidentRepository incidents;
  private final IncidentEventLog events;

  public GetIncident(IncidentRepository incidents, IncidentEventLog events) {
    this.incidents = incidents;
    this.events = events;
  }

  /** The incident with its current values; {@link NotFoundException} when unknown. */
  public Incident get(IncidentId id) {
    // The incident first: a terminal status is written with its events in one transaction, so
    // events read afterwards always include everything the ending refers to.
    Incident incident = incidents.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    return incident.withFullLog(FullLog.render(incident, allEvents(id)));
  }

  private List<IncidentEvent> allEvents(IncidentId id) {
    List<IncidentEvent> all = new ArrayList<>();
    while (true) {
      long after = all.isEmpty() ? 0 : all.get(all.size() - 1).id();
      List<IncidentEvent> batch = events.read(id, after, BATCH);
      all.addAll(batch);
      if (batch.size() < BATCH) {
        return all;
      }
    }
  }
}
