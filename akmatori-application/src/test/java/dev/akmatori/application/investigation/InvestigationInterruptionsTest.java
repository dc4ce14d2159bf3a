package dev.akmatori.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.Recovery;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cancellation, shutdown, expired leases and lost leases (contract §3.1.4, §5.1). */
class InvestigationInterruptionsTest {
  /** Generous: the CI machine has 2 cores and can be at load 20; a passing run never waits this long. */
  private static final Duration WAIT = Duration.ofSeconds(30);
  /**
   * How long a scripted run holds on by itself: well beyond {@link #WAIT}, so a run can only end
   * within a wait through what the test is about (a cancellation, a shutdown, a lost lease).
   */
  private static final long LONG_MILLIS = 4 * WAIT.toMillis();

  private final WorkerHarness h = new WorkerHarness();

  @AfterEach
  void stop() {
    h.close();
  }

  private CancelIncident cancel() {
    return new CancelIncident(h.store.repository, h.store.queue, h.clock);
  }

  private ScriptedInvestigation.Script untilShutdown() {
    return call -> call.await(call.shutdown(), LONG_MILLIS)
        ? RunOutcome.interrupted(0, 0)
        : RunOutcome.completed("late", 1, 1);
  }

  @Test
  void cancellingARunningIncident_firesItsCancellationAtTheNextHeartbeat_andEndsCancelled() throws Exception {
    AtomicBoolean sawCancel = new AtomicBoolean();
    h.loop.script(call -> {
      sawCancel.set(call.await(call.cancellation(), LONG_MILLIS));
      return RunOutcome.cancelled(0, 0);
    });
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    workers.start();
    Incident incident = h.creator(workers).create(WorkerHarness.task("long"), Map.of());
    Eventually.until("running", WAIT, () -> h.loop.runningNow() == 1);

    assertThat(cancel().cancel(incident.uuid())).isEqualTo(IncidentStatus.RUNNING);
    assertThat(cancel().cancel(incident.uuid())).as("repeating is fine").isEqualTo(IncidentStatus.RUNNING);
    Eventually.until("cancelled", WAIT, () -> h.status(incident) == IncidentStatus.CANCELLED);

    assertThat(sawCancel).as("the run saw its cancellation (it would hold on for %d ms otherwise)", LONG_MILLIS).isTrue();
    assertThat(h.find(incident).error()).isEqualTo("Investigation cancelled");
    assertThat(new GetIncident(h.store.repository, h.store.events).get(incident.uuid()).fullLog()).endsWith("\n--- Cancelled ---");
  }

  @Test
  void aRunThatIgnoresItsCancellation_isWrittenOffAfterTheGrace() {
    h.loop.script(call -> {
      Thread.sleep(LONG_MILLIS); // ignores the signal; only an interrupt ends it
      return RunOutcome.completed("too late", 1, 1);
    });
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    workers.start();
    Incident incident = h.creator(workers).create(WorkerHarness.task("stuck"), Map.of());
    Eventually.until("running", WAIT, () -> h.loop.runningNow() == 1);

    cancel().cancel(incident.uuid());

    Eventually.until("cancelled", WAIT, () -> h.status(incident) == IncidentStatus.CANCELLED);
    Eventually.until("the stuck thread was interrupted", WAIT, () -> h.loop.runningNow() == 0);
    assertThat(h.find(incident).response()).isEmpty();
  }

  @Test
  void cancellingAPendingIncident_cancelsItAtOnce_andItNeverRuns() {
    Incident incident = h.queued("never", Instant.now());

    assertThat(cancel().cancel(incident.uuid())).isEqualTo(IncidentStatus.CANCELLED);
    h.workers(WorkerHarness.fast(1), "me").start();

    assertThat(h.status(incident)).isEqualTo(IncidentStatus.CANCELLED);
    assertThat(h.find(incident).completedAt()).isNotNull();
    assertThat(h.loop.started()).isEmpty();
  }

  @Test
  void shutdown_stopsRuns_andRequeuesThemWithoutCounting() {
    h.loop.script(untilShutdown());
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(2), "me");
    workers.start();
    Incident incident = h.creator(workers).create(WorkerHarness.task("stop me"), Map.of());
    Eventually.until("running", WAIT, () -> h.loop.runningNow() == 1);

    workers.close();

    Incident requeued = h.find(incident);
    assertThat(requeued.status()).isEqualTo(IncidentStatus.PENDING);
    assertThat(requeued.error()).isNull();
    assertThat(h.store.repository.lease(incident.uuid()).interruptions()).isZero();
    assertThat(h.store.repository.lease(incident.uuid()).owner()).isNull();
    assertThat(h.store.events.read(incident.uuid(), 0, 10).get(2).data()).containsEntry("error", Recovery.REQUEUE_NOTICE);
  }

  @Test
  void shutdown_requeuesEvenARunThatIgnoresTheSignal() {
    h.loop.script(call -> {
      Thread.sleep(LONG_MILLIS); // ignores the signal; only an interrupt ends it
      return RunOutcome.completed("never", 1, 1);
    });
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    workers.start();
    Incident incident = h.creator(workers).create(WorkerHarness.task("deaf"), Map.of());
    Eventually.until("running", WAIT, () -> h.loop.runningNow() == 1);

    long before = System.nanoTime();
    workers.close();

    assertThat(Duration.ofNanos(System.nanoTime() - before)).as("the 1 s grace, not the run").isLessThan(WAIT);
    assertThat(h.status(incident)).isEqualTo(IncidentStatus.PENDING);
  }

  @Test
  void countersAccumulateAcrossRuns_andTheNextRunStartsFresh() {
    h.loop.script(call -> {
      call.recorder().modelCall(100);
      return call.await(call.shutdown(), LONG_MILLIS) ? RunOutcome.interrupted(1, 100) : RunOutcome.completed("x", 1, 100);
    });
    InvestigationWorkers first = h.workers(WorkerHarness.fast(1), "first");
    first.start();
    Incident incident = h.creator(first).create(WorkerHarness.task("twice"), Map.of());
    Eventually.until("running", WAIT, () -> h.loop.runningNow() == 1);
    Eventually.until("some time passed", WAIT, () -> h.find(incident).executionTimeMs() >= 50);
    first.close();
    long afterFirst = h.find(incident).executionTimeMs();

    h.loop.script(call -> {
      call.recorder().modelCall(50);
      return RunOutcome.completed("second answer", 1, 50);
    });
    h.workers(WorkerHarness.fast(1), "second").start();
    Eventually.until("completed", WAIT, () -> h.status(incident) == IncidentStatus.COMPLETED);

    Incident done = h.find(incident);
    assertThat(done.steps()).isEqualTo(2);
    assertThat(done.tokensUsed()).isEqualTo(150);
    assertThat(done.executionTimeMs()).isGreaterThanOrEqualTo(afterFirst);
    assertThat(done.response()).isEqualTo("second answer");
    assertThat(new GetIncident(h.store.repository, h.store.events).get(incident.uuid()).fullLog())
        .contains("\n--- Investigation interrupted; restarting ---\n");
  }

  @Test
  void anExpiredLease_isRequeuedOnce_andTheSecondTimeFails() {
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "survivor");
    Incident incident = h.queued("crashy", Instant.now());
    h.store.queue.claimNext("dead-process", Instant.now().minusSeconds(1), Instant.now());

    assertThat(workers.recoverExpiredLeases()).isEqualTo(1);
    assertThat(h.status(incident)).isEqualTo(IncidentStatus.PENDING);
    assertThat(h.find(incident).error()).isNull();
    assertThat(h.store.repository.lease(incident.uuid()).interruptions()).isEqualTo(1);

    h.store.queue.claimNext("dead-again", Instant.now().minusSeconds(1), Instant.now());
    assertThat(workers.recoverExpiredLeases()).isEqualTo(1);

    assertThat(h.status(incident)).isEqualTo(IncidentStatus.FAILED);
    assertThat(h.find(incident).error()).isEqualTo("Investigation interrupted by server restart");
    assertThat(workers.recoverExpiredLeases()).isZero();
  }

  @Test
  void aLiveLease_isNeverTakenBack_butAllLeasesAreWhenTheDatabaseIsExclusive() {
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    Incident incident = h.queued("alive", Instant.now());
    h.store.queue.claimNext("other-live-process", Instant.now().plusSeconds(30), Instant.now());

    assertThat(workers.recoverExpiredLeases()).isZero();
    assertThat(h.status(incident)).isEqualTo(IncidentStatus.RUNNING);
    assertThat(workers.recoverAllLeases()).isEqualTo(1);
    assertThat(h.status(incident)).isEqualTo(IncidentStatus.PENDING);
  }

  @Test
  void theRecoverySweep_picksUpADeadProcessesWork_andRunsItHere() {
    Incident incident = h.queued("orphan", Instant.now());
    h.store.queue.claimNext("dead-process", Instant.now().minusMillis(1), Instant.now());

    h.workers(WorkerHarness.fast(1), "me").start();

    Eventually.until("completed here", WAIT, () -> h.status(incident) == IncidentStatus.COMPLETED);
    assertThat(h.loop.started()).containsExactly(incident.uuid());
  }

  @Test
  void aLostLease_stopsTheRun_andWritesNothingMore() {
    h.loop.script(call -> {
      boolean stopped = call.await(call.shutdown(), LONG_MILLIS);
      call.recorder().log("written after the lease was lost");
      return stopped ? RunOutcome.interrupted(0, 0) : RunOutcome.completed("x", 1, 1);
    });
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    workers.start();
    Incident incident = h.creator(workers).create(WorkerHarness.task("stolen"), Map.of());
    Eventually.until("running", WAIT, () -> h.loop.runningNow() == 1);
    h.store.repository.expireLease(incident.uuid(), Instant.now().minusSeconds(1));
    h.store.queue.reclaim(h.store.queue.expired(Instant.now(), 1).get(0), IncidentStatus.FAILED, Instant.now());

    Eventually.until("the run stopped", WAIT, () -> h.loop.runningNow() == 0);

    assertThat(h.status(incident)).isEqualTo(IncidentStatus.FAILED);
    assertThat(h.store.events.read(incident.uuid(), 0, 100)).noneMatch(e -> "written after the lease was lost".equals(e.data().get("text")));
  }

  @Test
  void heartbeats_renewTheLease_andPublishTheLiveExecutionTime() {
    h.loop.script(untilShutdown());
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me");
    workers.start();
    Incident incident = h.creator(workers).create(WorkerHarness.task("live"), Map.of());
    Eventually.until("running", WAIT, () -> h.loop.runningNow() == 1);
    Instant firstLease = h.store.repository.lease(incident.uuid()).leaseUntil();

    Eventually.until("renewed", WAIT, () -> h.store.repository.lease(incident.uuid()).leaseUntil().isAfter(firstLease));
    Eventually.until("live time published", WAIT, () -> h.find(incident).executionTimeMs() > 100);
    assertThat(h.store.repository.lease(incident.uuid()).owner()).isEqualTo("me");
  }
}
