package dev.akmatori.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.retention.RetentionRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RetentionRuns} does: the run record and the cleanup lease (contract §3.10.5, §7). */
public abstract class RetentionRunsContract {
  protected static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481123Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private RetentionRuns runs;

  /** A fresh store without runs. */
  protected abstract RetentionRuns newRuns();

  @BeforeEach
  void setUpRuns() {
    runs = newRuns();
  }

  private static RetentionRuns.Claim startup(String owner, Instant now) {
    return new RetentionRuns.Claim(owner, now, now.plus(LEASE), Optional.empty());
  }

  private static RetentionRuns.Claim scheduled(String owner, Instant now, Duration interval) {
    return new RetentionRuns.Claim(owner, now, now.plus(LEASE), Optional.of(now.minus(interval)));
  }

  private static RetentionRun finished(Instant startedAt, Instant at, long deleted, List<String> errors) {
    return new RetentionRun(startedAt, at, deleted, 2, 4096, errors);
  }

  @Test
  void beforeAnyRun_latestIsNever() {
    assertThat(runs.latest()).isEqualTo(RetentionRun.NEVER);
  }

  @Test
  void aClaim_recordsARunInProgress_withZeroCounts() {
    assertThat(runs.claim(startup("a", T0))).isPresent();

    assertThat(runs.latest()).isEqualTo(RetentionRun.started(T0));
  }

  @Test
  void whileTheLeaseIsHeld_anotherProcessCannotClaim_andNothingIsRecorded() {
    runs.claim(startup("a", T0));

    assertThat(runs.claim(startup("b", T0.plusSeconds(60)))).isEmpty();
    assertThat(runs.claim(scheduled("b", T0.plusSeconds(60), Duration.ofSeconds(1)))).isEmpty();
    assertThat(runs.latest().startedAt()).isEqualTo(T0);
  }

  @Test
  void aFinishedRun_storesItsOutcome_andReleasesTheLease() {
    long id = runs.claim(startup("a", T0)).orElseThrow();
    RetentionRun outcome = finished(T0, T0.plusSeconds(3), 7, List.of("Incident x kept: outside", "ünï \"quoted\"\n"));

    runs.finish(id, "a", outcome);

    assertThat(runs.latest()).isEqualTo(outcome);
    assertThat(runs.claim(startup("b", T0.plusSeconds(4)))).isPresent();
    assertThat(runs.latest()).isEqualTo(RetentionRun.started(T0.plusSeconds(4)));
  }

  @Test
  void anExpiredLease_isTakenOverByAnotherProcess_andTheOldOwnerCanNoLongerRenew() {
    runs.claim(startup("dead", T0));
    Instant later = T0.plus(LEASE).plusSeconds(1);

    assertThat(runs.claim(startup("b", later))).isPresent();
    assertThat(runs.renew("dead", later.plus(LEASE))).isFalse();
    assertThat(runs.renew("b", later.plus(LEASE))).isTrue();
    assertThat(runs.latest().startedAt()).isEqualTo(later);
  }

  @Test
  void aRenewedLease_isNotTakenOver() {
    runs.claim(startup("a", T0));
    assertThat(runs.renew("a", T0.plus(LEASE).plus(LEASE))).isTrue();

    assertThat(runs.claim(startup("b", T0.plus(LEASE).plusSeconds(1)))).isEmpty();
  }

  @Test
  void theHolder_mayClaimAgain() {
    runs.claim(startup("a", T0));

    assertThat(runs.claim(startup("a", T0.plusSeconds(1)))).isPresent();
  }

  @Test
  void aScheduledClaim_needsThePreviousPassToHaveStartedAnIntervalAgo() {
    long id = runs.claim(startup("a", T0)).orElseThrow();
    runs.finish(id, "a", finished(T0, T0.plusSeconds(1), 0, List.of()));

    assertThat(runs.claim(scheduled("b", T0.plus(Duration.ofHours(6)).minusSeconds(1), Duration.ofHours(6)))).isEmpty();
    assertThat(runs.claim(scheduled("b", T0.plus(Duration.ofHours(6)), Duration.ofHours(6)))).isPresent();
  }

  @Test
  void aScheduledClaim_onAFreshStore_isDue() {
    assertThat(runs.claim(scheduled("a", T0, Duration.ofHours(6)))).isPresent();
  }

  @Test
  void aFinishByAnOwnerWhoLostTheLease_storesItsRun_butLeavesTheNewHoldersLease() {
    long old = runs.claim(startup("dead", T0)).orElseThrow();
    Instant later = T0.plus(LEASE).plusSeconds(1);
    runs.claim(startup("b", later));

    runs.finish(old, "dead", finished(T0, later.plusSeconds(1), 1, List.of()));

    assertThat(runs.claim(startup("c", later.plusSeconds(2)))).isEmpty();
    assertThat(runs.latest()).isEqualTo(RetentionRun.started(later));
  }

  @Test
  void latest_isTheRunThatStartedLast_evenWhenAnEarlierOneFinishesLater() {
    long first = runs.claim(startup("dead", T0)).orElseThrow();
    Instant later = T0.plus(LEASE).plusSeconds(1);
    long second = runs.claim(startup("b", later)).orElseThrow();
    RetentionRun secondOutcome = finished(later, later.plusSeconds(1), 3, List.of());
    runs.finish(second, "b", secondOutcome);

    runs.finish(first, "dead", finished(T0, later.plusSeconds(2), 9, List.of()));

    assertThat(runs.latest()).isEqualTo(secondOutcome);
  }

  @Test
  void claimsAtTheSameMoment_onlyOneWins() throws Exception {
    int claimers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(claimers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < claimers; i++) {
        String owner = "owner-" + i;
        results.add(pool.submit(() -> {
          start.await();
          return runs.claim(scheduled(owner, T0, Duration.ofHours(6))).isPresent();
        }));
      }
      start.countDown();
      List<Boolean> won = new ArrayList<>();
      for (Future<Boolean> f : results) {
        won.add(f.get());
      }
      assertThat(won).containsOnlyOnce(true);
    } finally {
      pool.shutdownNow();
    }
  }
}
