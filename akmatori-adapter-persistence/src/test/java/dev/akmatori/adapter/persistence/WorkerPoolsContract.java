package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.Eventually;
import dev.akmatori.application.investigation.FixedModelSettings;
import dev.akmatori.application.investigation.InMemoryIncidentWorkspace;
import dev.akmatori.application.investigation.InvestigationWorkers;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.ScriptedInvestigation;
import dev.akmatori.application.investigation.WorkerSettings;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.NewIncident;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two processes' worker pools on one database share the queue: every incident runs exactly once. */
abstract class WorkerPoolsContract {
  private static final int INCIDENTS = 20;

  abstract TestDatabase openDatabase();

  @Test
  void twoWorkerPools_onOneDatabase_runEachOf20QueuedIncidentsExactlyOnce() {
    Map<IncidentId, AtomicInteger> runs = new ConcurrentHashMap<>();
    ScriptedInvestigation.Script script = call -> {
      runs.computeIfAbsent(call.run().incident(), id -> new AtomicInteger()).incrementAndGet();
      call.recorder().log("working on " + call.run().task());
      call.recorder().modelCall(10);
      Thread.sleep(40);
      return RunOutcome.completed("answer for " + call.run().task(), 1, 10);
    };
    ScriptedInvestigation loopA = new ScriptedInvestigation(script);
    ScriptedInvestigation loopB = new ScriptedInvestigation(script);
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica();
        InvestigationWorkers a = pool(db.adapter(), loopA, "replica-a");
        InvestigationWorkers b = pool(replica, loopB, "replica-b")) {
      a.start();
      b.start();
      List<IncidentId> ids = new ArrayList<>();
      Instant t0 = Instant.now();
      for (int i = 0; i < INCIDENTS; i++) {
        IncidentId id = new IncidentId(UUID.randomUUID());
        db.adapter().incidents().create(new NewIncident(id, "api", "api-" + i, "task " + i, Map.of("task", "task " + i), "/w/" + id), t0.plusMillis(i));
        ids.add(id);
      }

      Eventually.until("all completed", Duration.ofSeconds(30),
          () -> ids.stream().allMatch(id -> db.adapter().incidents().find(id).orElseThrow().status() == IncidentStatus.COMPLETED));

      assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(runs.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
      assertThat(loopA.started().size() + loopB.started().size()).isEqualTo(INCIDENTS);
      assertThat(loopA.started()).doesNotContainAnyElementsOf(loopB.started());
      assertThat(loopA.maxRunningAtOnce()).isLessThanOrEqualTo(3);
      for (IncidentId id : ids) {
        assertThat(db.adapter().incidentEvents().read(id, 0, 100))
            .filteredOn(e -> e.type() == EventType.STATUS && "running".equals(e.data().get("status")))
            .hasSize(1);
        assertThat(db.adapter().incidents().find(id).orElseThrow().steps()).isEqualTo(1);
      }
    }
  }

  private static InvestigationWorkers pool(PersistenceAdapter adapter, ScriptedInvestigation loop, String owner) {
    InvestigationWorkers.Ports ports =
        new InvestigationWorkers.Ports(
            adapter.investigationQueue(), adapter.runJournal(), new InMemoryIncidentWorkspace(),
            loop, new FixedModelSettings(true));
    WorkerSettings settings =
        WorkerSettings.defaults(3, 50, 0, Duration.ofMinutes(1))
            .withTimings(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(2));
    return new InvestigationWorkers(ports, settings, owner, Clock.systemUTC());
  }
}
