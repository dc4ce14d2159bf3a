package dev.akmatori.application.metrics;

import dev.akmatori.domain.incident.IncidentStatus;

/**
 * Counts incidents as they are created and as they reach a terminal status. Implementations are
 * thread-safe, return quickly and never throw: a metric must never fail the work it observes.
 */
public interface IncidentMetrics {
  IncidentMetrics NONE = new IncidentMetrics() {};

  /** An incident was stored; {@code source} is {@code api} or the alert source type that opened it. */
  default void created(String source) {}

  /** An incident's terminal status was committed (completed, failed or cancelled). */
  default void finished(IncidentStatus status) {}
}
