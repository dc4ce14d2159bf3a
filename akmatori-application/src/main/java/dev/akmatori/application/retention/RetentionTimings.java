package dev.akmatori.application.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * How the cleanup paces itself: {@code lease} is how long a claimed run holds the lease between
 * renewals (a dead process's run is taken over after it), {@code check} how often each process
 * asks whether a scheduled pass is due (so a changed interval applies within one check), and
 * {@code pageSize} how many incidents or directories one batch handles.
 */
public record RetentionTimings(Duration lease, Duration check, int pageSize) {
  public RetentionTimings {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(check, "check");
    if (lease.isNegative() || lease.isZero() || check.isNegative() || check.isZero() || pageSize < 1) {
      throw new IllegalArgumentException("lease and check must be positive, pageSize at least 1");
    }
  }

  /** Production: a 5 minute lease, a check every minute, pages of 500. */
  public static RetentionTimings defaults() {
    return new RetentionTimings(Duration.ofMinutes(5), Duration.ofMinutes(1), 500);
  }
}
