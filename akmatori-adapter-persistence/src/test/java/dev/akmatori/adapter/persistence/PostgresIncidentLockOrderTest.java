package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.application.alert.AlertOutcome;
import dev.akmatori.application.alert.AlertRepository;
import dev.akmatori.application.alert.AlertStores;
import dev.akmatori.application.alert.AlertTransaction;
import dev.akmatori.application.alert.IngestHarness;
import dev.akmatori.application.incident.IncidentStores;
import dev.akmatori.application.investigation.InvestigationQueue.LeaseRenewal;
import dev.akmatori.application.investigation.InvestigationQueue.Renewal;
import dev.akmatori.application.investigation.RunProgress;
import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.alert.AlertFingerprint;
import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.NewAlert;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.NewIncident;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The incident-row lock order of the transactions that lock several running incidents (ADR 0022):
 * the journal and the heartbeat take them in incident-uuid order, and so must an alert delivery
 * whose alerts correlate to several incidents, whatever the order of the alerts in its payload.
 * The interleaving that deadlocks when they disagree is forced: the delivery stops after its first
 * alert (for the incident with the larger uuid) until the other transaction has either committed
 * or is waiting for a lock, then goes on with the second. A deadlock aborts one side with SQLState
 * 40P01: the journal or heartbeat then throws, or the alert transaction runs a second time.
 */
class PostgresIncidentLockOrderTest {
  private static final Instant T0 = IngestHarness.T0;
  private static final String OWNER = "worker-lock-order";

  @Test
  void aDeliveryCorrelatingToTwoRunningIncidents_inDescendingUuidOrder_doesNotDeadlockWithTheJournal()
      throws Exception {
    raceWith((other, incidents) -> other.runJournal().write(incidents.stream()
        .map(id -> new RunProgress(id, List.of(new RunProgress.Event(EventType.LOG, Map.of("text", "step"), T0)),
            1, 10, T0))
        .collect(Collectors.toList())));
  }

  @Test
  void aDeliveryCorrelatingToTwoRunningIncidents_inDescendingUuidOrder_doesNotDeadlockWithTheHeartbeat()
      throws Exception {
    raceWith((other, incidents) -> {
      Map<IncidentId, Renewal> renewed = other.investigationQueue().renewAll(OWNER,
          incidents.stream().map(id -> new LeaseRenewal(id, 5)).collect(Collectors.toList()),
          T0.plus(Duration.ofHours(2)), T0);
      assertThat(renewed.values()).containsOnly(Renewal.HELD);
    });
  }

  /**
   * Deliveries whose alerts correlate to four running incidents in shuffled orders, at the same
   * time as journal batches and heartbeats over all four: no side is ever a deadlock's victim (the
   * journal and heartbeat would throw, an alert transaction would run more than once).
   */
  @Test
  void shuffledDeliveries_journalBatchesAndHeartbeats_atOnce_neverDeadlock() throws Exception {
    int rounds = 25;
    try (TestDatabase db = TestDatabases.postgres();
        PersistenceAdapter other = db.openReplica()) {
      PausingAlerts alerts = new PausingAlerts(db.adapter().alerts());
      PersistenceAdapter a = db.adapter();
      IngestHarness harness = new IngestHarness(
          new AlertStores(alerts, new IncidentStores(a.incidents(), a.incidentEvents(), a.investigationQueue())));
      AlertSource source = AlertFixtures.source("alertmanager");
      List<String> hosts = List.of("host-a", "host-b", "host-c", "host-d");
      List<IncidentId> incidents = new ArrayList<>();
      for (String host : hosts) {
        incidents.add(opened(harness.post(source, delivery(host, host + "-0")).alerts().get(0)));
        assertThat(a.investigationQueue().claimNext(OWNER, T0.plus(Duration.ofHours(1)), T0)).isPresent();
      }
      incidents.sort(Comparator.comparing(IncidentId::toString));
      alerts.afterFirstInsert = () -> { };
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        CyclicBarrier start = new CyclicBarrier(3);
        Random random = new Random(42);
        List<List<String>> orders = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          List<String> order = new ArrayList<>(hosts);
          Collections.shuffle(order, random);
          orders.add(order);
        }
        var deliveries = pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          for (int round = 0; round < rounds; round++) {
            List<String> args = new ArrayList<>();
            for (String host : orders.get(round)) {
              args.add(host);
              args.add(host + "-" + (round + 1));
            }
            assertThat(harness.post(source, delivery(args.toArray(String[]::new))).alerts())
                .extracting(AlertOutcome::action).containsOnly(AlertAction.CORRELATED);
          }
          return null;
        });
        var journal = pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          for (int round = 0; round < rounds; round++) {
            other.runJournal().write(incidents.stream()
                .map(id -> new RunProgress(id, List.of(new RunProgress.Event(EventType.LOG, Map.of("text", "s"), T0)),
                    1, 1, T0))
                .collect(Collectors.toList()));
          }
          return null;
        });
        var heartbeat = pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          for (int round = 0; round < rounds; round++) {
            long millis = round;
            assertThat(other.investigationQueue().renewAll(OWNER,
                incidents.stream().map(id -> new LeaseRenewal(id, millis)).collect(Collectors.toList()),
                T0.plus(Duration.ofHours(2)), T0).values()).containsOnly(Renewal.HELD);
          }
          return null;
        });
        deliveries.get(300, TimeUnit.SECONDS);
        journal.get(300, TimeUnit.SECONDS);
        heartbeat.get(300, TimeUnit.SECONDS);
      } finally {
        pool.shutdownNow();
      }
      assertThat(alerts.pausedAttempts.get()).as("alert transactions run, one per delivery").isEqualTo(rounds);
      for (IncidentId id : incidents) {
        Incident incident = a.incidents().find(id).orElseThrow();
        assertThat(incident.alertCount()).isEqualTo(rounds + 1);
        assertThat(incident.steps()).isEqualTo(rounds);
      }
    }
  }

  /**
   * Two running incidents opened by alerts; then one delivery with a new alert for each, the one
   * for the larger uuid first, racing {@code locker} (on another pool, as another replica) that
   * writes both rows in uuid order.
   */
  private void raceWith(BiConsumer<PersistenceAdapter, List<IncidentId>> locker) throws Exception {
    String application = "akmatori-lock-order-" + UUID.randomUUID();
    try (TestDatabase db = TestDatabases.postgres();
        PersistenceAdapter other = db.openReplica(application)) {
      PausingAlerts alerts = new PausingAlerts(db.adapter().alerts());
      PersistenceAdapter a = db.adapter();
      IngestHarness harness = new IngestHarness(
          new AlertStores(alerts, new IncidentStores(a.incidents(), a.incidentEvents(), a.investigationQueue())));
      AlertSource source = AlertFixtures.source("alertmanager");
      IncidentId first = opened(harness.post(source, delivery("host-a", "a1")).alerts().get(0));
      IncidentId second = opened(harness.post(source, delivery("host-b", "b1")).alerts().get(0));
      assertThat(a.investigationQueue().claimNext(OWNER, T0.plus(Duration.ofHours(1)), T0)).isPresent();
      assertThat(a.investigationQueue().claimNext(OWNER, T0.plus(Duration.ofHours(1)), T0)).isPresent();
      List<IncidentId> inUuidOrder = List.of(first, second).stream()
          .sorted(Comparator.comparing(IncidentId::toString)).collect(Collectors.toList());
      String smallerHost = inUuidOrder.get(0).equals(first) ? "host-a" : "host-b";
      String largerHost = smallerHost.equals("host-a") ? "host-b" : "host-a";

      CompletableFuture<Void> lockerDone = new CompletableFuture<>();
      Thread lockerThread = new Thread(() -> {
        try {
          assertThat(alerts.firstInsertDone.await(60, TimeUnit.SECONDS)).isTrue();
          locker.accept(other, inUuidOrder);
          lockerDone.complete(null);
        } catch (Throwable t) {
          lockerDone.completeExceptionally(t);
        }
      }, "lock-order-locker");
      alerts.afterFirstInsert = () -> awaitDoneOrWaiting(lockerDone, db.url(), application);
      lockerThread.start();

      List<AlertOutcome> outcomes = harness.post(source, delivery(largerHost, "x2", smallerHost, "y2")).alerts();

      lockerDone.get(120, TimeUnit.SECONDS); // throws if the locker was the deadlock's victim
      lockerThread.join(TimeUnit.SECONDS.toMillis(10));
      assertThat(alerts.pausedAttempts.get()).as("attempts of the paused alert transaction").isEqualTo(1);
      assertThat(outcomes).extracting(AlertOutcome::action).containsOnly(AlertAction.CORRELATED);
      for (IncidentId id : inUuidOrder) {
        assertThat(a.incidents().find(id).orElseThrow().alertCount()).isEqualTo(2);
      }
    }
  }

  private static IncidentId opened(AlertOutcome outcome) {
    assertThat(outcome.action()).isEqualTo(AlertAction.CREATED);
    return outcome.incident().orElseThrow();
  }

  /** Lets the paused delivery go on once the locker committed or waits for a row lock. */
  private static void awaitDoneOrWaiting(CompletableFuture<Void> lockerDone, String url, String application) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try (Connection c = DriverManager.getConnection(url, TestDatabases.userFor(url), "");
        PreparedStatement waiting = c.prepareStatement(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND wait_event_type = 'Lock'")) {
      waiting.setString(1, application);
      while (!lockerDone.isDone()) {
        try (ResultSet rs = waiting.executeQuery()) {
          rs.next();
          if (rs.getInt(1) > 0) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the locker neither finished nor waited for a lock within 60 s");
        }
        Thread.sleep(10);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An Alertmanager delivery of firing {@code DiskFull} alerts: host, source fingerprint, host, … */
  private static String delivery(String... hostsAndFingerprints) {
    List<String> alerts = new ArrayList<>();
    for (int i = 0; i < hostsAndFingerprints.length; i += 2) {
      alerts.add("{\"status\":\"firing\",\"labels\":{\"alertname\":\"DiskFull\",\"instance\":\""
          + hostsAndFingerprints[i] + "\",\"job\":\"node\",\"severity\":\"critical\"},\"annotations\":{\"summary\":"
          + "\"disk full\"},\"startsAt\":\"2026-05-06T09:00:00Z\",\"endsAt\":\"0001-01-01T00:00:00Z\","
          + "\"generatorURL\":\"http://prometheus:9090/graph\",\"fingerprint\":\"" + hostsAndFingerprints[i + 1] + "\"}");
    }
    return "{\"receiver\":\"akmatori\",\"status\":\"firing\",\"alerts\":[" + String.join(",", alerts) + "],"
        + "\"groupLabels\":{},\"commonLabels\":{},\"commonAnnotations\":{},\"externalURL\":\"http://am:9093\","
        + "\"version\":\"4\",\"groupKey\":\"{}:{}\",\"truncatedAlerts\":0}";
  }

  /**
   * The alert repository, with a hook run after the first alert insert of each transaction that
   * holds two inserts' worth of locks (armed once {@link #afterFirstInsert} is set); counts how often
   * such a transaction ran.
   */
  private static final class PausingAlerts implements AlertRepository {
    private final AlertRepository delegate;
    final CountDownLatch firstInsertDone = new CountDownLatch(1);
    final AtomicInteger pausedAttempts = new AtomicInteger();
    volatile Runnable afterFirstInsert;

    PausingAlerts(AlertRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T inTransaction(Collection<String> lockKeys, Function<AlertTransaction, T> work) {
      return delegate.inTransaction(lockKeys, tx -> {
        Runnable hook = afterFirstInsert;
        if (hook == null) {
          return work.apply(tx);
        }
        pausedAttempts.incrementAndGet();
        return work.apply(new Pausing(tx, hook));
      });
    }

    @Override
    public Page<Alert> list(AlertFilter filter, PageRequest page) {
      return delegate.list(filter, page);
    }

    @Override
    public Page<Alert> listForIncident(IncidentId incident, PageRequest page) {
      return delegate.listForIncident(incident, page);
    }

    private final class Pausing implements AlertTransaction {
      private final AlertTransaction tx;
      private final Runnable hook;
      private final AtomicBoolean first = new AtomicBoolean(true);

      Pausing(AlertTransaction tx, Runnable hook) {
        this.tx = tx;
        this.hook = hook;
      }

      @Override
      public Alert insert(NewAlert alert, Instant now) {
        Alert stored = tx.insert(alert, now);
        if (first.getAndSet(false) && firstInsertDone.getCount() > 0) {
          firstInsertDone.countDown();
          hook.run();
        }
        return stored;
      }

      @Override
      public Optional<Alert> latestFiring(String sourceUuid, String sourceFingerprint) {
        return tx.latestFiring(sourceUuid, sourceFingerprint);
      }

      @Override
      public Optional<Alert> latestFiring(String sourceUuid, AlertFingerprint fingerprint) {
        return tx.latestFiring(sourceUuid, fingerprint);
      }

      @Override
      public Optional<Incident> incident(IncidentId id) {
        return tx.incident(id);
      }

      @Override
      public Optional<IncidentId> liveIncident(AlertFingerprint fingerprint, Optional<Instant> completedSince) {
        return tx.liveIncident(fingerprint, completedSince);
      }

      @Override
      public Incident createIncident(NewIncident incident, AlertFingerprint fingerprint, Instant now) {
        return tx.createIncident(incident, fingerprint, now);
      }

      @Override
      public void touch(AlertId alert, Instant now) {
        tx.touch(alert, now);
      }

      @Override
      public void resolve(AlertId alert, Instant resolvedAt, Instant now) {
        tx.resolve(alert, resolvedAt, now);
      }

      @Override
      public void supersede(AlertId alert, Instant now) {
        tx.supersede(alert, now);
      }
    }
  }
}
