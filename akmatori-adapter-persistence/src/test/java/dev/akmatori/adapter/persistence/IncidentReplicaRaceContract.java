package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.ExpiredLease;
import dev.akmatori.application.investigation.InvestigationQueue;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.NewIncident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two adapters on one database race like two replicas on events, claims and recovery. */
abstract class IncidentReplicaRaceContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  abstract TestDatabase openDatabase();

  private static IncidentId create(PersistenceAdapter adapter, int n) {
    IncidentId id = new IncidentId(UUID.randomUUID());
    adapter.incidents().create(new NewIncident(id, "api", "api-" + n, "t" + n, Map.of("task", "t" + n), "/w"), T0.plusMillis(n));
    return id;
  }

  @Test
  void eventsAppendedFromTwoReplicas_getDenseDistinctIds() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      IncidentId id = create(db.adapter(), 0);
      List<PersistenceAdapter> replicas = List.of(db.adapter(), replica);

      List<Long> ids = race(8, i -> () -> {
        List<Long> mine = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
          mine.add(replicas.get(i % 2).incidentEvents().append(id, EventType.LOG, Map.of("text", i + "/" + k), T0).id());
        }
        return mine;
      });

      assertThat(ids).hasSize(80).doesNotHaveDuplicates();
      assertThat(db.adapter().incidentEvents().read(id, 0, 200)).extracting(IncidentEvent::id)
          .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 81).boxed().toList());
    }
  }

  @Test
  void claimsFromTwoReplicas_neverTakeOneIncidentTwice() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      for (int n = 0; n < 16; n++) {
        create(db.adapter(), n);
      }
      List<InvestigationQueue> queues = List.of(db.adapter().investigationQueue(), replica.investigationQueue());

      List<IncidentId> claimed = race(4, i -> () -> {
        List<IncidentId> mine = new ArrayList<>();
        queues.get(i % 2).claimNext("owner-" + i, T0.plusSeconds(30), T0).ifPresent(c -> mine.add(c.uuid()));
        queues.get(i % 2).claimNext("owner-" + i, T0.plusSeconds(30), T0).ifPresent(c -> mine.add(c.uuid()));
        queues.get(i % 2).claimNext("owner-" + i, T0.plusSeconds(30), T0).ifPresent(c -> mine.add(c.uuid()));
        queues.get(i % 2).claimNext("owner-" + i, T0.plusSeconds(30), T0).ifPresent(c -> mine.add(c.uuid()));
        return mine;
      });

      assertThat(claimed).hasSize(16).doesNotHaveDuplicates();
    }
  }

  @Test
  void recoveryRacingOnTwoReplicas_takesAnExpiredLeaseBackOnce() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      IncidentId id = create(db.adapter(), 0);
      db.adapter().investigationQueue().claimNext("dead", T0.minusSeconds(1), T0);
      ExpiredLease lease = db.adapter().investigationQueue().expired(T0, 10).get(0);
      List<InvestigationQueue> queues = List.of(db.adapter().investigationQueue(), replica.investigationQueue());

      List<Boolean> taken = race(4, i -> () -> List.of(queues.get(i % 2).reclaim(lease, IncidentStatus.PENDING, T0)));

      assertThat(taken).containsOnlyOnce(true);
      assertThat(db.adapter().incidentEvents().read(id, 0, 10)).extracting(e -> e.data().get("status"))
          .containsExactly("pending", "running", "pending");
    }
  }

  private static <T> List<T> race(int threads, java.util.function.IntFunction<Callable<List<T>>> attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<List<T>> call = attempt.apply(i);
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<T> all = new ArrayList<>();
      for (Future<List<T>> f : futures) {
        all.addAll(f.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
