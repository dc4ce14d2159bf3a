package dev.akmatori.application.alert;

import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.application.incident.IncidentRepository;
import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.util.List;

/** {@code GET /api/alerts} (contract §3.2) and {@code GET /api/incidents/{uuid}/alerts} (§3.1.6). */
public final class ListAlerts {
  private final AlertRepository alerts;
  private final IncidentRepository incidents;

  public ListAlerts(AlertRepository alerts, IncidentRepository incidents) {
    this.alerts = alerts;
    this.incidents = incidents;
  }

  /** Newest first. */
  public Page<Alert> list(AlertFilter filter, PageRequest page) {
    if (filter.matchesNothing()) {
      return new Page<>(List.of(), 0, page);
    }
    return alerts.list(filter, page);
  }

  /** The incident's alerts, oldest first; {@link NotFoundException} for an unknown incident. */
  public Page<Alert> forIncident(IncidentId incident, PageRequest page) {
    if (incidents.find(incident).isEmpty()) {
      throw new NotFoundException(GetIncident.NOT_FOUND);
    }
    return alerts.listForIncident(incident, page);
  }
}
