package dev.akmatori.application.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * The cleanup run's last step: deletes alert lock rows older than {@link #MIN_AGE}, a batch per
 * transaction, renewing the lease between batches. Lock rows are no retention data, so this runs in
 * every run, whether retention is enabled or not. A day is far longer than any ingest transaction,
 * so a row is never deleted while the transaction that created it is still about to lock it, and
 * clock differences between replicas and the database do not matter.
 */
final class AlertLockSweep {
  static final Duration MIN_AGE = Duration.ofDays(1);

  private final StaleAlertLocks locks;
  private final int batchSize;
  private final LeaseKeeper lease;

  AlertLockSweep(StaleAlertLocks locks, int batchSize, LeaseKeeper lease) {
    this.locks = locks;
    this.batchSize = batchSize;
    this.lease = lease;
  }

  /** Deletes every stale lock row no transaction holds; returns how many went. */
  long run(Instant now) {
    Instant createdBefore = now.minus(MIN_AGE);
    long deleted = 0;
    while (true) {
      int batch = locks.deleteCreatedBefore(createdBefore, batchSize);
      deleted += batch;
      lease.keep();
      if (batch < batchSize) {
        return deleted;
      }
    }
  }
}
