package dev.akmatori.application.metrics;

import dev.akmatori.domain.alert.AlertAction;

/**
 * Observes each alert a webhook delivered, once its processing is committed (contract §4.1 step 7).
 * Thread-safe, quick, never throws.
 */
public interface AlertMetrics {
  AlertMetrics NONE = new AlertMetrics() {};

  /** One extracted alert of a source of type {@code sourceType} (e.g. {@code alertmanager}) was processed. */
  default void received(String sourceType, AlertAction action) {}
}
