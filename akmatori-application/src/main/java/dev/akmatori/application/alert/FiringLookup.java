package dev.akmatori.application.alert;

import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.CorrelationWindow;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What deciding a firing alert reads (contract §4.7), in one piece so a store can answer it in one
 * round trip (ADR 0025): the firing alert it may repeat, and the live incident of its fingerprint.
 *
 * @param open the most recent firing alert of the same source and source fingerprint, when the new
 *     alert has a source fingerprint and one exists
 * @param liveIncident the live incident for the new alert's correlation fingerprint
 */
public record FiringLookup(Optional<OpenAlert> open, Optional<IncidentId> liveIncident) {
  public FiringLookup {
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(liveIncident, "liveIncident");
  }

  /**
   * A firing alert and the state of its incident as stored now; all three incident parts are empty
   * when it is linked to none (or its incident was deleted).
   */
  public record OpenAlert(
      AlertId uuid, Optional<IncidentId> incident, Optional<IncidentStatus> incidentStatus, Optional<Instant> completedAt) {
    public OpenAlert {
      Objects.requireNonNull(uuid, "uuid");
      Objects.requireNonNull(incident, "incident");
      Objects.requireNonNull(incidentStatus, "incidentStatus");
      Objects.requireNonNull(completedAt, "completedAt");
    }

    /** Whether its incident is live at {@code now}: a repeat of this alert is then deduplicated. */
    boolean incidentIsLive(CorrelationWindow window, Instant now) {
      return incidentStatus.map(s -> window.isLive(s, completedAt.orElse(null), now)).orElse(false);
    }
  }
}
