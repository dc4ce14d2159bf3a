package dev.akmatori.application.investigation;

import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.application.incident.IncidentRepository;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import java.time.Clock;

/**
 * {@code POST /api/incidents/{uuid}/cancel} (contract §3.1.4): a pending incident is cancelled at
 * once; a running one gets the cancellation flag, which the lease holder (this process or another
 * replica) sees at its next heartbeat. Each step is a compare-and-set, so a status that moves
 * meanwhile is simply read again.
 */
public final class CancelIncident {
  private static final int ATTEMPTS = 5;

  private final IncidentRepository incidents;
  private final InvestigationQueue queue;
  private final Clock clock;

  public CancelIncident(IncidentRepository incidents, InvestigationQueue queue, Clock clock) {
    this.incidents = incidents;
    this.queue = queue;
    this.clock = clock;
  }

  /**
   * Requests cancellation and returns the status at response time ({@code cancelled} or {@code
   * running}).
   *
   * @throws NotFoundException for an unknown incident
   * @throws ConflictException {@code Incident is already <status>} for a terminal one
   */
  public IncidentStatus cancel(IncidentId id) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Incident incident = incidents.find(id).orElseThrow(() -> new NotFoundException(GetIncident.NOT_FOUND));
      IncidentStatus status = incident.status();
      if (status.isTerminal()) {
        throw new ConflictException("Incident is already " + status.wireName());
      }
      if (status == IncidentStatus.PENDING && queue.cancelPending(id, clock.instant())) {
        return IncidentStatus.CANCELLED;
      }
      if (status == IncidentStatus.RUNNING && queue.requestCancel(id, clock.instant())) {
        return IncidentStatus.RUNNING;
      }
    }
    throw new IllegalStateException("Incident " + id + " kept changing status during cancellation");
  }
}
