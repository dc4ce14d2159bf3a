package dev.akmatori.domain.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One alert as an adapter extracted it from a payload (contract §4.3): details, status and optional times. */
public record NormalizedAlert(
    AlertDetails details, AlertStatus status, Optional<Instant> startedAt, Optional<Instant> endedAt) {

  public NormalizedAlert {
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
  }

  public boolean isFiring() {
    return status == AlertStatus.FIRING;
  }
}
