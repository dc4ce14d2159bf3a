package dev.akmatori.application.retention;

import dev.akmatori.domain.retention.RetentionRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The in-memory fake of {@link RetentionRuns}: one lease and the runs in start order, under one lock. */
public final class InMemoryRetentionRuns implements RetentionRuns {
  private final List<RetentionRun> runs = new ArrayList<>();
  private String leaseOwner;
  private Instant leaseUntil;
  private Instant lastStartedAt;

  @Override
  public synchronized Optional<Long> claim(Claim claim) {
    boolean free = leaseOwner == null || leaseUntil.isBefore(claim.now()) || leaseOwner.equals(claim.owner());
    boolean due = claim.previousStartNotAfter().map(t -> lastStartedAt == null || !lastStartedAt.isAfter(t)).orElse(true);
    if (!free || !due) {
      return Optional.empty();
    }
    leaseOwner = claim.owner();
    leaseUntil = claim.leaseUntil();
    lastStartedAt = claim.now();
    runs.add(RetentionRun.started(claim.now()));
    return Optional.of((long) runs.size());
  }

  @Override
  public synchronized boolean renew(String owner, Instant until) {
    if (!owner.equals(leaseOwner)) {
      return false;
    }
    leaseUntil = until;
    return true;
  }

  @Override
  public synchronized void finish(long runId, String owner, RetentionRun outcome) {
    runs.set((int) runId - 1, outcome);
    if (owner.equals(leaseOwner)) {
      leaseOwner = null;
      leaseUntil = null;
    }
  }

  @Override
  public synchronized RetentionRun latest() {
    return runs.stream()
        .reduce((a, b) -> b.startedAt().isBefore(a.startedAt()) ? a : b)
        .orElse(RetentionRun.NEVER);
  }

  /** Every run recorded, in claim order. */
  public synchronized List<RetentionRun> all() {
    return List.copyOf(runs);
  }

  /** Who holds the lease now (null when free), as a test reads it. */
  public synchronized String leaseOwner() {
    return leaseOwner;
  }
}
