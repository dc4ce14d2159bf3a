package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.application.alert.AlertOutcome;
import dev.akmatori.application.alert.AlertStores;
import dev.akmatori.application.alert.IngestHarness;
import dev.akmatori.application.incident.IncidentStores;
import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two adapters on one database act as two replicas receiving the same webhook at once: the lock
 * rows serialise them, so exactly one incident is made (contract §4.7).
 */
abstract class AlertReplicaRaceContract {
  static final int REQUESTS = 12;

  abstract TestDatabase openDatabase();

  private static AlertStores stores(PersistenceAdapter a) {
    return new AlertStores(a.alerts(), new IncidentStores(a.incidents(), a.incidentEvents(), a.investigationQueue()));
  }

  @Test
  void identicalAlertsAtTwoReplicasAtOnce_makeExactlyOneIncident() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      List<IngestHarness> replicas = List.of(new IngestHarness(stores(db.adapter())), new IngestHarness(stores(replica)));
      AlertSource source = AlertFixtures.source("alertmanager");
      String body = AlertFixtures.shared("alertmanager-firing.json");

      List<AlertOutcome> outcomes = race(i -> replicas.get(i % 2).post(source, body).alerts().get(0));

      assertThat(outcomes).filteredOn(o -> o.action() == AlertAction.CREATED).hasSize(1);
      assertThat(outcomes).filteredOn(o -> o.action() == AlertAction.DEDUPLICATED).hasSize(REQUESTS - 1);
      AlertStores view = stores(db.adapter());
      assertThat(view.incidents().incidents().list(IncidentFilter.none(), PageRequest.ALL).total()).isEqualTo(1);
      assertThat(view.alerts().list(AlertFilter.none(), PageRequest.ALL).total()).isEqualTo(1);
      assertThat(replicas.get(0).wakeUps.get() + replicas.get(1).wakeUps.get()).isEqualTo(1);
    }
  }

  @Test
  void aFailingTransaction_commitsNothing() {
    try (TestDatabase db = openDatabase()) {
      AlertStores s = stores(db.adapter());
      IngestHarness h = new IngestHarness(s);
      AlertSource source = AlertFixtures.source("alertmanager");
      String body = AlertFixtures.shared("alertmanager-firing.json");
      h.post(source, body);

      assertThatThrownBy(() -> s.alerts().inTransaction(List.of("fp:x"), tx -> {
        tx.touch(s.alerts().list(AlertFilter.none(), PageRequest.ALL).items().get(0).uuid(), IngestHarness.T0.plusSeconds(99));
        throw new IllegalStateException("storage went away");
      })).hasMessage("storage went away");

      assertThat(s.alerts().list(AlertFilter.none(), PageRequest.ALL).items().get(0).lastSeenAt()).isEqualTo(IngestHarness.T0);
    }
  }

  private static List<AlertOutcome> race(java.util.function.IntFunction<AlertOutcome> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
    try {
      CyclicBarrier start = new CyclicBarrier(REQUESTS);
      List<Future<AlertOutcome>> futures = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          return call.apply(index);
        }));
      }
      List<AlertOutcome> outcomes = new ArrayList<>();
      for (Future<AlertOutcome> f : futures) {
        outcomes.add(f.get(120, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
