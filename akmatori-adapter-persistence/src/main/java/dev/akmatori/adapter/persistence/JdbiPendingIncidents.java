package dev.akmatori.adapter.persistence;

import dev.akmatori.application.metrics.PendingIncidents;
import org.jdbi.v3.core.Jdbi;

/**
 * Counts the queue's pending incidents for the queue-depth gauge. The status index ({@code
 * incidents_status_idx}, and {@code incidents_queue_idx} leading with status) makes this a range
 * scan over the pending rows alone, never over finished incidents; the gauge caches the answer.
 */
final class JdbiPendingIncidents implements PendingIncidents {
  private static final String COUNT = "SELECT COUNT(*) FROM incidents WHERE status = 'pending'";

  private final Jdbi jdbi;

  JdbiPendingIncidents(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public long count() {
    return jdbi.withHandle(h -> h.createQuery(COUNT).mapTo(Long.class).one());
  }
}
