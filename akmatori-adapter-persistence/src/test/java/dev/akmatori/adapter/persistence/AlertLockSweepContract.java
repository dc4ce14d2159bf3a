package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.application.alert.AlertOutcome;
import dev.akmatori.application.alert.AlertStores;
import dev.akmatori.application.alert.IngestHarness;
import dev.akmatori.application.incident.IncidentStores;
import dev.akmatori.application.retention.StaleAlertLocks;
import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retention cleanup's sweep of {@code alert_locks} on a real database (ADR 0026): only rows
 * older than the cutoff go, a row an ingest transaction holds is skipped without waiting, an ingest
 * transaction waiting for a row the sweep deletes creates it again and goes on, and identical alerts
 * at two replicas still make exactly one incident while the sweep deletes their old lock rows.
 * (A cutoff in the future — deleting rows just created — is not safe: an ingest transaction whose
 * insert met a row another one had just created could find it gone; hence the age rule.)
 */
abstract class AlertLockSweepContract {
  /** A cutoff after every row's creation: every free row is stale. */
  private static final Instant FUTURE = Instant.now().plus(Duration.ofDays(1));
  private static final long WAIT_SECONDS = 60;

  private TestDatabase db;
  private StaleAlertLocks sweep;
  private ExecutorService pool;

  abstract TestDatabase openDatabase();

  @BeforeEach
  void open() {
    db = openDatabase();
    sweep = db.adapter().staleAlertLocks();
    pool = Executors.newCachedThreadPool();
  }

  @AfterEach
  void close() {
    pool.shutdownNow();
    db.close();
  }

  private void lockRows(String... keys) {
    db.adapter().alerts().inTransaction(List.of(keys), t -> null);
  }

  private List<String> rows() {
    return db.adapter().jdbi().withHandle(
        h -> h.createQuery("SELECT lock_key FROM alert_locks ORDER BY lock_key").mapTo(String.class).list());
  }

  private void age(String key, Duration by) {
    db.adapter().jdbi().useHandle(h -> h.createUpdate("UPDATE alert_locks SET created_at = :at WHERE lock_key = :k")
        .bind("at", Timestamps.bind(Instant.now().minus(by))).bind("k", key).execute());
  }

  @Test
  void rowsCreatedBeforeTheCutoff_areDeletedInBatches_youngerOnesKept() {
    lockRows("fp:a", "fp:b", "sf:c", "fp:young");
    age("fp:a", Duration.ofDays(3));
    age("fp:b", Duration.ofDays(2));
    age("sf:c", Duration.ofHours(25));
    Instant dayAgo = Instant.now().minus(Duration.ofDays(1));

    assertThat(sweep.deleteCreatedBefore(dayAgo, 2)).isEqualTo(2);
    assertThat(sweep.deleteCreatedBefore(dayAgo, 2)).isEqualTo(1);
    assertThat(sweep.deleteCreatedBefore(dayAgo, 2)).isZero();

    assertThat(rows()).containsExactly("fp:young");
  }

  @Test
  void aRowAnIngestTransactionHolds_isSkippedWithoutWaiting_andDeletedOnceFree() throws Exception {
    lockRows("fp:free", "fp:held");
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<String> ingest = pool.submit(() -> db.adapter().alerts().inTransaction(List.of("fp:held"), t -> {
      holding.countDown();
      await(release);
      return "committed";
    }));
    assertThat(holding.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

    // The sweep runs on this thread while the ingest transaction holds its row: it cannot wait for it.
    assertThat(sweep.deleteCreatedBefore(FUTURE, 500)).isEqualTo(1);
    assertThat(rows()).containsExactly("fp:held");

    release.countDown();
    assertThat(ingest.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("committed");
    assertThat(sweep.deleteCreatedBefore(FUTURE, 500)).isEqualTo(1);
    assertThat(rows()).isEmpty();
  }

  @Test
  void anIngestTransactionWaitingForARowTheSweepDeletes_createsItAgain_andRunsAfterTheSweep() throws Exception {
    lockRows("fp:k");
    AtomicBoolean sweepCommitted = new AtomicBoolean();
    Future<Boolean> ingest;
    // The sweep's own statements, held open: the row is picked and deleted but not yet committed.
    try (Handle sweeping = db.adapter().jdbi().open()) {
      sweeping.begin();
      List<String> picked = sweeping.createQuery(
              "SELECT lock_key FROM alert_locks WHERE created_at < :before LIMIT 10 FOR UPDATE SKIP LOCKED")
          .bind("before", Timestamps.bind(FUTURE)).mapTo(String.class).list();
      assertThat(picked).containsExactly("fp:k");
      sweeping.createUpdate("DELETE FROM alert_locks WHERE lock_key = 'fp:k'").execute();

      ingest = pool.submit(() -> db.adapter().alerts().inTransaction(List.of("fp:k"), t -> sweepCommitted.get()));
      Thread.sleep(1000);
      assertThat(ingest).as("the ingest transaction waits for the sweep's lock").isNotDone();

      sweepCommitted.set(true);
      sweeping.commit();
    }

    assertThat(ingest.get(WAIT_SECONDS, TimeUnit.SECONDS)).as("ran after the sweep committed").isTrue();
    assertThat(rows()).containsExactly("fp:k");
  }

  /**
   * The production rule (rows older than a day) while ingestion runs: each round's lock rows exist
   * and are aged first (a resolved copy of the alert takes the keys and is ignored), then identical
   * firing alerts race at two replicas while the sweep deletes those rows from under them — before,
   * while ingest transactions hold or wait for them, or after. Each round still makes one incident.
   */
  @Test
  void identicalAlertsAtTwoReplicas_whileTheSweepDeletesTheirOldLockRows_stillMakeOneIncidentEach() throws Exception {
    int rounds = 8;
    int requests = 8;
    try (PersistenceAdapter replica = db.openReplica()) {
      List<IngestHarness> replicas = List.of(new IngestHarness(stores(db.adapter())), new IngestHarness(stores(replica)));
      AlertSource source = AlertFixtures.source("alertmanager");
      AtomicBoolean ingesting = new AtomicBoolean(true);
      AtomicLong swept = new AtomicLong();
      Future<?> sweeper = pool.submit(() -> {
        StaleAlertLocks onTheReplica = replica.staleAlertLocks();
        while (ingesting.get()) {
          swept.addAndGet(onTheReplica.deleteCreatedBefore(Instant.now().minus(Duration.ofDays(1)), 500));
        }
        return null;
      });

      try {
        for (int round = 0; round < rounds; round++) {
          // A new alert each round: another name (correlation fingerprint) and source fingerprint.
          String firing = AlertFixtures.shared("alertmanager-firing.json")
              .replace("HighCPUUsage", "HighCPUUsage" + round).replace("ee9d186e238f6046", "round-" + round);
          AlertOutcome ignored = replicas.get(0).post(source, firing.replace("\"firing\"", "\"resolved\"")).alerts().get(0);
          assertThat(ignored.action()).isEqualTo(AlertAction.IGNORED);
          db.adapter().jdbi().useHandle(h -> h.createUpdate("UPDATE alert_locks SET created_at = :old")
              .bind("old", Timestamps.bind(Instant.now().minus(Duration.ofDays(2)))).execute());

          List<AlertOutcome> outcomes = race(requests, i -> replicas.get(i % 2).post(source, firing).alerts().get(0));

          assertThat(outcomes).as("round " + round).filteredOn(o -> o.action() == AlertAction.CREATED).hasSize(1);
          assertThat(outcomes).as("round " + round)
              .filteredOn(o -> o.action() == AlertAction.DEDUPLICATED).hasSize(requests - 1);
        }
      } finally {
        ingesting.set(false);
      }
      sweeper.get(WAIT_SECONDS, TimeUnit.SECONDS);

      AlertStores view = stores(db.adapter());
      assertThat(view.incidents().incidents().list(IncidentFilter.none(), PageRequest.ALL).total()).isEqualTo(rounds);
      assertThat(view.alerts().list(AlertFilter.none(), PageRequest.ALL).total()).isEqualTo(rounds);
      assertThat(swept.get()).as("the sweep deleted the aged rows meanwhile").isPositive();
    }
  }

  private static AlertStores stores(PersistenceAdapter a) {
    return new AlertStores(a.alerts(), new IncidentStores(a.incidents(), a.incidentEvents(), a.investigationQueue()));
  }

  private List<AlertOutcome> race(int requests, java.util.function.IntFunction<AlertOutcome> call) throws Exception {
    CyclicBarrier start = new CyclicBarrier(requests);
    List<Future<AlertOutcome>> futures = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      int index = i;
      futures.add(pool.submit(() -> {
        start.await(WAIT_SECONDS, TimeUnit.SECONDS);
        return call.apply(index);
      }));
    }
    List<AlertOutcome> outcomes = new ArrayList<>();
    for (Future<AlertOutcome> f : futures) {
      outcomes.add(f.get(2 * WAIT_SECONDS, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
