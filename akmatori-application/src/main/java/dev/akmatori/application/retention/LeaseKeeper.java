package dev.akmatori.application.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Keeps the cleanup lease of a run alive: {@link #keep()} is called between units of work and
 * renews the lease once a third of its time has passed, so a long run never loses it to another
 * process while it is alive. It also stops the run when the lease is lost or the process stops.
 */
final class LeaseKeeper {
  private final RetentionRuns runs;
  private final String owner;
  private final Duration ttl;
  private final Clock clock;
  private final BooleanSupplier stopping;
  private Instant renewedAt;

  LeaseKeeper(RetentionRuns runs, String owner, Duration ttl, Clock clock, BooleanSupplier stopping, Instant claimedAt) {
    this.runs = runs;
    this.owner = owner;
    this.ttl = ttl;
    this.clock = clock;
    this.stopping = stopping;
    this.renewedAt = claimedAt;
  }

  /**
   * Renews the lease when due.
   *
   * @throws Stop when the lease was lost or the process is shutting down
   */
  void keep() {
    if (stopping.getAsBoolean()) {
      throw new Stop("Cleanup stopped: the server is shutting down");
    }
    Instant now = clock.instant();
    if (Duration.between(renewedAt, now).compareTo(ttl.dividedBy(3)) >= 0) {
      if (!runs.renew(owner, now.plus(ttl))) {
        throw new Stop("Cleanup stopped: its lease expired and was taken over by another process");
      }
      renewedAt = now;
    }
  }

  /** Ends a run early; the message is recorded as the run's last error. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop(String message) {
      super(message, null, false, false);
    }
  }
}
