package dev.akmatori.adapter.http.metrics;

import dev.akmatori.application.metrics.PendingIncidents;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue depth as a gauge reads it: the stored count is asked at most once per {@code ttl}, so
 * scrapes (by one Prometheus or ten) never turn into a query storm. A failed count keeps the last
 * value (NaN before the first success) and is retried at the next scrape after the TTL.
 */
final class CachedCount {
  private static final Logger LOG = LoggerFactory.getLogger(CachedCount.class);

  private final PendingIncidents source;
  private final long ttlNanos;
  private final LongSupplier nanoTime;
  private double value = Double.NaN;
  private long readAt;
  private boolean read;

  CachedCount(PendingIncidents source, Duration ttl, LongSupplier nanoTime) {
    this.source = source;
    this.ttlNanos = ttl.toNanos();
    this.nanoTime = nanoTime;
  }

  synchronized double value() {
    long now = nanoTime.getAsLong();
    if (read && now - readAt < ttlNanos) {
      return value;
    }
    read = true;
    readAt = now;
    try {
      value = source.count();
    } catch (RuntimeException e) {
      LOG.warn("Could not count the pending incidents for the queue-depth gauge: {}", e.toString());
    }
    return value;
  }
}
