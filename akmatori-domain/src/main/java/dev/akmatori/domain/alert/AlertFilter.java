package dev.akmatori.domain.alert;

import java.util.Objects;
import java.util.Optional;

/** Filters of {@code GET /api/alerts} (contract §3.2): a status and the uuid of the receiving source. */
public record AlertFilter(Optional<AlertStatus> status, Optional<String> sourceUuid) {
  public AlertFilter {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sourceUuid, "sourceUuid");
  }

  public static AlertFilter none() {
    return new AlertFilter(Optional.empty(), Optional.empty());
  }
}
