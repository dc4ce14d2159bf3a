package dev.akmatori.application.metrics;

/** How many incidents wait in the investigation queue, for the queue-depth gauge. */
@FunctionalInterface
public interface PendingIncidents {
  /**
   * The number of {@code pending} incidents across every process sharing the database. Thread-safe;
   * a store failure surfaces as an unchecked exception.
   */
  long count();
}
