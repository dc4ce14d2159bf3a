package dev.akmatori.domain.alert;

import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.Objects;

/** A firing alert about to be stored, linked to {@code incident} (contract §4.7). */
public record NewAlert(
    AlertId uuid, IncidentId incident, AlertOrigin origin, AlertDetails details, AlertFingerprint fingerprint,
    Instant firedAt) {

  public NewAlert {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(firedAt, "firedAt");
  }
}
