package dev.akmatori.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.metrics.RecordingMetrics;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lifecycle's observation points: created, run started and ended, finished with its status. */
class InvestigationMetricsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final WorkerHarness h = new WorkerHarness();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final List<String> notified = new CopyOnWriteArrayList<>();
  private final InvestigationQueue queue =
      new ObservedInvestigationQueue(
          h.store.queue,
          h.store.repository,
          ((IncidentEndObserver) i -> notified.add(i.uuid().toString())).andThen(i -> metrics.finished(i.status())));

  @AfterEach
  void stop() {
    h.close();
  }

  private CreateIncident creator(InvestigationWakeUp wakeUp) {
    return new CreateIncident(
        h.store.repository, h.workspace, () -> "You are the incident manager.", wakeUp, h.clock, UUID::randomUUID,
        IncidentTitles.NONE, metrics);
  }

  @Test
  void anApiIncidentRunToCompletion_isCreated_started_finished_andEnded_once() throws Exception {
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me", queue, metrics);
    workers.start();

    Incident incident = creator(workers).create(WorkerHarness.task("Check disk"), Map.of());
    Eventually.until("run ended", WAIT, () -> metrics.events().contains("run ended"));

    assertThat(h.status(incident)).isEqualTo(IncidentStatus.COMPLETED);
    assertThat(metrics.events()).containsExactly("created api", "run started", "finished completed", "run ended");
    assertThat(metrics.durations()).singleElement().satisfies(d -> assertThat(d.isNegative()).isFalse());
    assertThat(notified).containsExactly(incident.uuid().toString());
  }

  @Test
  void aFailedRun_andAPendingCancellation_areFinishedWithTheirStatus() throws Exception {
    h.loop.script(call -> RunOutcome.failed("LLM request failed: 500 boom", 1, 10));
    Incident cancelled = creator(() -> { }).create(WorkerHarness.task("never runs"), Map.of());
    new CancelIncident(h.store.repository, queue, h.clock).cancel(cancelled.uuid());
    InvestigationWorkers workers = h.workers(WorkerHarness.fast(1), "me", queue, metrics);
    workers.start();

    creator(workers).create(WorkerHarness.task("fails"), Map.of());
    Eventually.until("run ended", WAIT, () -> metrics.events().contains("run ended"));

    assertThat(metrics.events())
        .containsExactly("created api", "finished cancelled", "created api", "run started", "finished failed", "run ended");
  }

  @Test
  void aThrowingFirstObserver_stillLetsTheNextOneSeeTheEnd() {
    List<String> seen = new CopyOnWriteArrayList<>();
    IncidentEndObserver first = i -> {
      throw new IllegalStateException("broken observer");
    };
    Incident incident = h.queued("task", h.clock.instant());

    try {
      first.andThen(i -> seen.add("next")).ended(incident);
    } catch (IllegalStateException expected) {
      seen.add("rethrown");
    }

    assertThat(seen).containsExactly("next", "rethrown");
  }
}
