package dev.akmatori.application.alert;

import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.alert.AlertFingerprint;
import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.incident.IncidentId;
import java.util.Objects;
import java.util.Optional;

/** What happened to one extracted alert (one entry of the webhook's answer, contract §4.1). */
public record AlertOutcome(
    Optional<AlertId> alert, AlertFingerprint fingerprint, AlertStatus status, Optional<IncidentId> incident,
    AlertAction action) {

  public AlertOutcome {
    Objects.requireNonNull(alert, "alert");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(action, "action");
  }
}
