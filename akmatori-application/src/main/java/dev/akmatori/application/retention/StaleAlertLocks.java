package dev.akmatori.application.retention;

import java.time.Instant;

/**
 * The lock rows alert ingestion serialises on (ADR 0018): one per correlation fingerprint and per
 * source fingerprint, created on first use and never changed, so without cleanup they grow with every
 * distinct fingerprint ever seen. A lock row carries no data — ingestion creates a missing one again
 * — so any row no transaction holds may go; only a row's age is asked, so that a row just created by
 * an ingest transaction is never deleted between its creation and its locking (ADR 0026).
 * Thread-safe; store failures surface as unchecked exceptions.
 */
public interface StaleAlertLocks {
  /**
   * Deletes up to {@code limit} lock rows created before {@code createdBefore} that no transaction
   * holds right now, in one short transaction that never waits for an ingest transaction.
   *
   * @return how many rows were deleted; fewer than {@code limit} when no more were found free
   */
  int deleteCreatedBefore(Instant createdBefore, int limit);
}
