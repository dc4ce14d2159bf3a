package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.Objects;

/** A running incident whose lease ran out: its holder, when it expired, and the interruptions counted so far. */
public record ExpiredLease(IncidentId incident, String owner, Instant expiredAt, int interruptions) {
  public ExpiredLease {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(expiredAt, "expiredAt");
  }
}
