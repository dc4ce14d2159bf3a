package dev.akmatori.domain.alert;

import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored alert (contract §3.2): what it said, where it came from, its correlation fingerprint,
 * the incident it is linked to (empty when that incident is gone) and its lifecycle.
 */
public record Alert(
    long id,
    AlertId uuid,
    Optional<IncidentId> incident,
    AlertOrigin origin,
    AlertDetails details,
    AlertFingerprint fingerprint,
    AlertStatus status,
    Instant firedAt,
    Instant resolvedAt,
    boolean superseded,
    Instant lastSeenAt,
    Instant createdAt,
    Instant updatedAt) {

  public Alert {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(firedAt, "firedAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The resolution time; empty while firing. */
  public Optional<Instant> resolvedAtTime() {
    return Optional.ofNullable(resolvedAt);
  }
}
