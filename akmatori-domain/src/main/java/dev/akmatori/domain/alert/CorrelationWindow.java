package dev.akmatori.domain.alert;

import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an incident is live for correlation (contract §4.7): pending or running, or completed no
 * longer ago than the window ({@code AKMATORI_ALERT_CORRELATION_WINDOW_MINUTES}; zero = only pending
 * and running). Failed and cancelled incidents are never live.
 */
public record CorrelationWindow(Duration length) {
  public CorrelationWindow {
    Objects.requireNonNull(length, "length");
    if (length.isNegative()) {
      throw new IllegalArgumentException("the correlation window must not be negative");
    }
  }

  public static CorrelationWindow ofMinutes(long minutes) {
    return new CorrelationWindow(Duration.ofMinutes(minutes));
  }

  public boolean isLive(IncidentStatus status, Instant completedAt, Instant now) {
    if (status == IncidentStatus.PENDING || status == IncidentStatus.RUNNING) {
      return true;
    }
    return status == IncidentStatus.COMPLETED
        && completedAt != null
        && completedSince(now).map(since -> !completedAt.isBefore(since)).orElse(false);
  }

  /** The earliest completion time still live at {@code now}; empty when completed incidents never are. */
  public Optional<Instant> completedSince(Instant now) {
    return length.isZero() ? Optional.empty() : Optional.of(now.minus(length));
  }
}
