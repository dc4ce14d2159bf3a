package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.retention.RetentionRuns;
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
import org.junit.jupiter.api.Test;

/** Two adapters on one database claim the cleanup lease like two replicas (contract §7). */
abstract class RetentionReplicaRaceContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481123Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  abstract TestDatabase openDatabase();

  private static RetentionRuns.Claim claim(String owner, Instant now, Optional<Instant> previousStartNotAfter) {
    return new RetentionRuns.Claim(owner, now, now.plus(LEASE), previousStartNotAfter);
  }

  @Test
  void replicasClaimingAtOnce_onlyOneWins_andOneRunIsRecorded() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      List<RetentionRuns> runs = List.of(db.adapter().retentionRuns(), replica.retentionRuns());
      for (int round = 0; round < 5; round++) {
        Instant now = T0.plus(Duration.ofHours(round));
        int attempt = round;
        List<Boolean> won = race(4, i -> runs.get(i % 2)
            .claim(claim("replica-" + i + "-" + attempt, now, Optional.of(now.minus(Duration.ofMinutes(30))))).isPresent());

        assertThat(won).as("round " + round).containsOnlyOnce(true);
        RetentionRun latest = runs.get(0).latest();
        assertThat(latest.startedAt()).isEqualTo(now);
        // The winner's lease outlives the round; the next round starts an hour later, after it expired.
      }
      long recorded = db.adapter().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM retention_runs")
          .mapTo(Long.class).one());
      assertThat(recorded).isEqualTo(5);
    }
  }

  @Test
  void aClaimWaitingOnAnotherReplicasUncommittedClaim_seesItsCommitAndFails() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica();
        org.jdbi.v3.core.Handle first = db.adapter().jdbi().open()) {
      first.begin();
      int taken = first.createUpdate(
              "UPDATE job_leases SET owner = 'first', expires_at = :until, last_started_at = :now WHERE job = :job")
          .bind("until", Timestamps.bind(T0.plus(LEASE))).bind("now", Timestamps.bind(T0))
          .bind("job", JdbiRetentionRuns.JOB).execute();
      assertThat(taken).isEqualTo(1);
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<Optional<Long>> second = pool.submit(() -> replica.retentionRuns().claim(claim("second", T0, Optional.empty())));
        Thread.sleep(300);
        first.commit();

        assertThat(second.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEmpty();
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aDeadReplicasExpiredLease_isTakenOverByTheOther_andTheDeadOneCannotRenewOrRelease() {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      long dead = db.adapter().retentionRuns().claim(claim("dead", T0, Optional.empty())).orElseThrow();
      assertThat(replica.retentionRuns().claim(claim("alive", T0.plus(LEASE), Optional.empty()))).isEmpty();

      Instant later = T0.plus(LEASE).plusSeconds(1);
      assertThat(replica.retentionRuns().claim(claim("alive", later, Optional.empty()))).isPresent();
      assertThat(db.adapter().retentionRuns().renew("dead", later.plus(LEASE))).isFalse();
      db.adapter().retentionRuns().finish(dead, "dead", new RetentionRun(T0, later, 0, 0, 0, List.of()));

      assertThat(db.adapter().retentionRuns().claim(claim("third", later.plusSeconds(1), Optional.empty()))).isEmpty();
      assertThat(db.adapter().retentionRuns().latest()).isEqualTo(RetentionRun.started(later));
    }
  }

  @Test
  void onlyTheNewestHundredRunsAreKept() {
    try (TestDatabase db = openDatabase()) {
      RetentionRuns runs = db.adapter().retentionRuns();
      for (int i = 0; i < JdbiRetentionRuns.KEPT_RUNS + 5; i++) {
        Instant at = T0.plus(Duration.ofHours(i));
        long id = runs.claim(claim("me", at, Optional.empty())).orElseThrow();
        runs.finish(id, "me", new RetentionRun(at, at.plusSeconds(1), i, 0, 0, List.of("run " + i)));
      }

      List<Long> deleted = db.adapter().jdbi().withHandle(h -> h.createQuery(
          "SELECT incidents_deleted FROM retention_runs ORDER BY started_at").mapTo(Long.class).list());
      assertThat(deleted).hasSize(JdbiRetentionRuns.KEPT_RUNS).first().isEqualTo(5L);
      assertThat(runs.latest().errors()).containsExactly("run " + (JdbiRetentionRuns.KEPT_RUNS + 4));
    }
  }

  private static List<Boolean> race(int threads, java.util.function.IntFunction<Boolean> attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int n = i;
        futures.add(pool.submit(() -> {
          start.await();
          return attempt.apply(n);
        }));
      }
      start.countDown();
      List<Boolean> all = new ArrayList<>();
      for (Future<Boolean> f : futures) {
        all.add(f.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
