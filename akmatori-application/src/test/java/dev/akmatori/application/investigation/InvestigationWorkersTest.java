package dev.akmatori.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starting, running and ending investigations (contract §5.1, §5.6). */
class InvestigationWorkersTest {
  /** Generous: the CI machine has 2 cores and can be at load 20; a passing run never waits this long. */
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final WorkerHarness h = new WorkerHarness();

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void aCreatedIncident_startsAtOnce_throughTheInMemoryWakeUp_notThePoll() throws Exception {
    // The poll is ten minutes away, so only the wake-up can start the run within WAIT; the bound is
    // the gap between the two, not a speed target (a loaded machine may take seconds to schedule).
    WorkerSettings slowPoll = WorkerHarness.fast(1).withTimings(
        Duration.ofMinutes(10), Duration.ofMillis(50), Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofMillis(400), Duration.ofSeconds(1));
    InvestigationWorkers workers = h.workers(slowPoll, "me");
    workers.start();
    Thread.sleep(100); // the dispatcher is idle, waiting for up to 10 min

    Incident incident = h.creator(workers).create(WorkerHarness.task("Check disk"), Map.of());
    IncidentId started = h.loop.nextStart(WAIT.toMillis());

    assertThat(started).as("started by the wake-up, long before the next poll").isEqualTo(incident.uuid());
    Eventually.until("completed", WAIT, () -> h.status(incident) == IncidentStatus.COMPLETED);
  }

  @Test
  void workQueuedByAnotherProcess_isFoundByThePoll() throws Exception {
    h.workers(WorkerHarness.fast(1), "me").start();

    Incident incident = h.queued("queued elsewhere", Instant.now());

    assertThat(h.loop.nextStart(WAIT.toMillis())).isEqualTo(incident.uuid());
  }

  @Test
  void atMostMaxConcurrentRunAtOnce_andTheOldestGoFirst() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    h.loop.script(call -> {
      release.await(2 * WAIT.toSeconds(), TimeUnit.SECONDS); // outlasts every wait below: only release ends it
      return RunOutcome.completed("ok", 1, 1);
    });
    List<IncidentId> created = queueFive();

    h.workers(WorkerHarness.fast(2), "me").start();
    Eventually.until("two running", WAIT, () -> h.loop.runningNow() == 2);
    Thread.sleep(300); // several polls: no third run may start
    assertThat(h.loop.started()).containsExactlyInAnyOrder(created.get(0), created.get(1));

    release.countDown();
    Eventually.until("all ran", WAIT, () -> h.loop.started().size() == 5 && h.loop.runningNow() == 0);
    assertThat(h.loop.maxRunningAtOnce()).isEqualTo(2);
    assertThat(h.loop.started()).containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void queuedInvestigations_startInCreationOrder() {
    List<IncidentId> created = queueFive();

    h.workers(WorkerHarness.fast(1), "me").start();

    Eventually.until("all ran", WAIT, () -> h.loop.started().size() == 5);
    assertThat(h.loop.started()).containsExactlyElementsOf(created);
  }

  /** Five incidents created a second apart, inserted newest first. */
  private List<IncidentId> queueFive() {
    Instant t0 = Instant.now().minusSeconds(60);
    List<IncidentId> created = new ArrayList<>();
    for (int i = 4; i >= 0; i--) {
      created.add(0, h.queued("task " + i, t0.plusSeconds(i)).uuid());
    }
    return created;
  }

  @Test
  void aCompletedRun_storesResponseAndCounters_andRecordsEventsInOrder() throws Exception {
    h.loop.script(call -> {
      assertThat(call.run().task()).isEqualTo("Check disk");
      assertThat(call.run().workspace()).isEqualTo(h.workspace.directory(call.run().incident()));
      assertThat(call.run().maxSteps()).isEqualTo(50);
      call.recorder().log("Looking at runbooks.");
      call.recorder().modelCall(120);
      Map<String, Object> tool = new LinkedHashMap<>();
      tool.put("name", "search_runbooks");
      tool.put("arguments", Map.of("query", "disk"));
      tool.put("success", true);
      tool.put("duration_ms", 7L);
      tool.put("output", "[]");
      call.recorder().toolCall(tool);
      call.recorder().modelCall(80);
      Thread.sleep(30);
      return RunOutcome.completed("Disk is fine.", 2, 200);
    });
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    workers.start();
    Incident incident = h.creator(workers).create(WorkerHarness.task("Check disk"), Map.of());

    Eventually.until("completed", WAIT, () -> h.status(incident) == IncidentStatus.COMPLETED);
    Incident done = new GetIncident(h.store.repository, h.store.events).get(incident.uuid());

    assertThat(done.response()).isEqualTo("Disk is fine.");
    assertThat(done.steps()).isEqualTo(2);
    assertThat(done.tokensUsed()).isEqualTo(200);
    assertThat(done.executionTimeMs()).isGreaterThanOrEqualTo(30);
    assertThat(done.completedAt()).isNotNull();
    assertThat(done.sessionId()).isEqualTo(incident.uuid().toString());
    assertThat(done.error()).isNull();
    List<IncidentEvent> events = h.store.events.read(incident.uuid(), 0, 100);
    assertThat(events).extracting(IncidentEvent::type)
        .containsExactly(EventType.STATUS, EventType.STATUS, EventType.LOG, EventType.TOOL_CALL, EventType.RESPONSE, EventType.STATUS);
    assertThat(done.fullLog())
        .contains("Looking at runbooks.\nRunning: search_runbooks {\"query\":\"disk\"}\nRan: search_runbooks (7 ms)")
        .endsWith("\n--- Final Response ---\nDisk is fine.");
  }

  @Test
  void usageReportedOnlyInTheOutcome_isCounted_andIncrementalUsageIsNotCountedTwice() {
    h.loop.script(call -> {
      call.recorder().modelCall(100);
      return RunOutcome.completed("ok", 3, 250);
    });
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    workers.start();
    Incident incident = h.creator(workers).create(WorkerHarness.task("usage"), Map.of());

    Eventually.until("completed", WAIT, () -> h.status(incident) == IncidentStatus.COMPLETED);
    assertThat(h.find(incident).steps()).isEqualTo(3);
    assertThat(h.find(incident).tokensUsed()).isEqualTo(250);
  }

  @Test
  void aFailedRun_storesItsError() {
    h.loop.script(call -> RunOutcome.failed("LLM request failed: 500 upstream", 1, 5));
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    workers.start();
    Incident incident = h.creator(workers).create(WorkerHarness.task("x"), Map.of());

    Eventually.until("failed", WAIT, () -> h.status(incident) == IncidentStatus.FAILED);
    assertThat(h.find(incident).error()).isEqualTo("LLM request failed: 500 upstream");
    assertThat(h.find(incident).response()).isEmpty();
  }

  @Test
  void aLoopThatThrows_failsTheIncidentWithAnInternalError_andTheWorkersCarryOn() {
    h.loop.script(call -> {
      throw new IllegalStateException("boom");
    });
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    workers.start();
    Incident first = h.creator(workers).create(WorkerHarness.task("a"), Map.of());
    Eventually.until("failed", WAIT, () -> h.status(first) == IncidentStatus.FAILED);

    h.loop.script(call -> RunOutcome.completed("fine", 1, 1));
    Incident second = h.creator(workers).create(WorkerHarness.task("b"), Map.of());

    assertThat(h.find(first).error()).isEqualTo("Internal error: boom");
    Eventually.until("second completed", WAIT, () -> h.status(second) == IncidentStatus.COMPLETED);
  }

  @Test
  void anUnconfiguredProvider_failsPendingIncidentsBeforeRunning_andServingGoesOn() {
    h.models.configured(false);
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    workers.start();
    Incident a = h.creator(workers).create(WorkerHarness.task("a"), Map.of());
    Incident b = h.creator(workers).create(WorkerHarness.task("b"), Map.of());

    Eventually.until("both failed", WAIT, () -> h.status(a) == IncidentStatus.FAILED && h.status(b) == IncidentStatus.FAILED);
    assertThat(h.find(a).error()).isEqualTo("LLM provider 'openai' is not configured");
    assertThat(h.loop.started()).isEmpty();
    assertThat(h.store.events.read(a.uuid(), 0, 10)).extracting(e -> e.data().get("status"), e -> e.data().get("previous_status"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pending", null), org.assertj.core.groups.Tuple.tuple("failed", "pending"));

    h.models.configured(true);
    Incident c = h.creator(workers).create(WorkerHarness.task("c"), Map.of());
    Eventually.until("c completed", WAIT, () -> h.status(c) == IncidentStatus.COMPLETED);
  }
}
