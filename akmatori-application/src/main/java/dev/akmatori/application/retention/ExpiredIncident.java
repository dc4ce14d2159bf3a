package dev.akmatori.application.retention;

import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.Objects;

/** A finished incident past its retention: its row id, uuid and {@code completed_at}. */
public record ExpiredIncident(long id, IncidentId uuid, Instant completedAt) {
  public ExpiredIncident {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(completedAt, "completedAt");
  }
}
