package dev.akmatori.application.investigation;

import java.time.Duration;
import java.util.Objects;

/**
 * How the investigation workers run (contract §5.1, §5.8): at most {@code maxConcurrent} runs in
 * this process, a database poll every {@code pollInterval}, lease renewal every {@code
 * heartbeatInterval} for leases of {@code leaseTtl}, a recovery sweep every {@code
 * recoveryInterval}; a run that ignores a cancellation is written off after {@code cancelGrace},
 * runs still busy {@code shutdownGrace} after a shutdown began are re-queued regardless. The last
 * three values are each run's budgets.
 */
public record WorkerSettings(
    int maxConcurrent,
    Duration pollInterval,
    Duration heartbeatInterval,
    Duration leaseTtl,
    Duration recoveryInterval,
    Duration cancelGrace,
    Duration shutdownGrace,
    int maxSteps,
    long maxTokens,
    Duration runTimeout) {

  public WorkerSettings {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("maxConcurrent must be at least 1");
    }
    for (Duration d : new Duration[] {pollInterval, heartbeatInterval, leaseTtl, recoveryInterval, cancelGrace, shutdownGrace, runTimeout}) {
      Objects.requireNonNull(d, "durations");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("durations must be positive");
      }
    }
    if (leaseTtl.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException("a lease must outlive at least two heartbeats");
    }
  }

  /**
   * The production timings: poll every second (contract: ≤ 2 s), heartbeat every 2 s (≤ 5 s),
   * 30-second leases, a recovery sweep every 5 s, 5 s for a cancelled run to stop and 10 s for
   * runs to stop on shutdown.
   */
  public static WorkerSettings defaults(int maxConcurrent, int maxSteps, long maxTokens, Duration runTimeout) {
    return new WorkerSettings(
        maxConcurrent,
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(30),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        maxSteps,
        maxTokens,
        runTimeout);
  }

  /** The same budgets with other timings, for tests and tuning. */
  public WorkerSettings withTimings(
      Duration poll, Duration heartbeat, Duration lease, Duration recovery, Duration cancel, Duration shutdown) {
    return new WorkerSettings(maxConcurrent, poll, heartbeat, lease, recovery, cancel, shutdown, maxSteps, maxTokens, runTimeout);
  }
}
