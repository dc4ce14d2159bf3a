package dev.akmatori.application.incident;

import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;

/** {@code GET /api/incidents}: the filtered, paged list (contract §3.1.1). */
public final class ListIncidents {
  private final IncidentRepository incidents;

  public ListIncidents(IncidentRepository incidents) {
    this.incidents = incidents;
  }

  public Page<Incident> list(IncidentFilter filter, PageRequest page) {
    if (filter.matchesNothing()) {
      return new Page<>(java.util.List.of(), 0, page);
    }
    return incidents.list(filter, page);
  }
}
