package dev.akmatori.application.metrics;

import java.time.Duration;

/**
 * Observes the runs of this process's investigation workers: one {@link #started()} and, later, one
 * {@link #ended} per run, on the run's own thread. Thread-safe, quick, never throws.
 */
public interface InvestigationMetrics {
  InvestigationMetrics NONE = new InvestigationMetrics() {};

  /** A run began on a worker thread. */
  default void started() {}

  /** The run that {@link #started()} is over, however it ended; {@code runTime} is its wall time. */
  default void ended(Duration runTime) {}
}
