package dev.akmatori.application.retention;

import dev.akmatori.domain.retention.RetentionRun;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of retention cleanup runs and the lease that lets one process at a time run one
 * (contract §3.10.5, §7). Shared by every process on one database. Thread-safe; store failures
 * surface as unchecked exceptions and leave nothing half-written.
 */
public interface RetentionRuns {
  /**
   * Claims the cleanup lease and records a run started at {@code claim.now()}, in one transaction.
   * The claim succeeds when the lease is free, expired before {@code now} (its process died) or
   * already held by the same owner, and — when {@code claim.previousStartNotAfter()} is present —
   * the previous pass of any process started at or before that instant. Of several concurrent
   * claimers (threads or processes) at most one succeeds.
   *
   * @return the new run's id; empty when the claim failed (nothing is written then)
   */
  Optional<Long> claim(Claim claim);

  /**
   * Extends the lease held by {@code owner} to {@code leaseUntil}. False, changing nothing, when
   * {@code owner} no longer holds it (it expired and another process took it over).
   */
  boolean renew(String owner, Instant leaseUntil);

  /**
   * Stores the outcome of run {@code runId} (finish time, counts, errors) and releases the lease
   * if {@code owner} still holds it, in one transaction.
   */
  void finish(long runId, String owner, RetentionRun outcome);

  /**
   * The run that started last, by any process, in progress or finished; {@link RetentionRun#NEVER}
   * when no run was ever recorded.
   */
  RetentionRun latest();

  /**
   * A claim by {@code owner} at {@code now} for a lease until {@code leaseUntil}; a scheduled pass
   * gives {@code previousStartNotAfter} = now − interval, the startup run gives none.
   */
  record Claim(String owner, Instant now, Instant leaseUntil, Optional<Instant> previousStartNotAfter) {
    public Claim {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(leaseUntil, "leaseUntil");
      Objects.requireNonNull(previousStartNotAfter, "previousStartNotAfter");
      if (!leaseUntil.isAfter(now)) {
        throw new IllegalArgumentException("the lease must end after now");
      }
    }
  }
}
