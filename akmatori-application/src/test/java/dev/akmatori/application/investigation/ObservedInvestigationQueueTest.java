package dev.akmatori.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.incident.InMemoryIncidents;
import dev.akmatori.application.incident.IncidentStores;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Every queue write that ends an incident is reported once, after it is committed, with the stored incident. */
class ObservedInvestigationQueueTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private final InMemoryIncidents fakes = new InMemoryIncidents();
  private final IncidentStores stores = new IncidentStores(fakes.repository, fakes.events, fakes.queue);
  private final List<Incident> ended = new CopyOnWriteArrayList<>();
  private final ObservedInvestigationQueue queue = new ObservedInvestigationQueue(fakes.queue, fakes.repository, ended::add);

  @Test
  void finishedRuns_areReported_withTheirFinalValues() {
    Incident incident = stores.create("task", T0);
    queue.claimNext("me", T0.plusSeconds(30), T0);

    assertThat(queue.finish(incident.uuid(), "me", RunEnding.completed("answer", 5), T0.plusSeconds(1))).isTrue();

    assertThat(ended).hasSize(1);
    assertThat(ended.get(0).status()).isEqualTo(IncidentStatus.COMPLETED);
    assertThat(ended.get(0).response()).isEqualTo("answer");
  }

  @Test
  void providerFailures_andPendingCancellations_areReported() {
    Incident a = stores.create("a", T0);
    Incident b = stores.create("b", T0.plusSeconds(1));

    assertThat(queue.failNext("LLM provider 'openai' is not configured", T0)).contains(a.uuid());
    assertThat(queue.cancelPending(b.uuid(), T0)).isTrue();

    assertThat(ended).extracting(Incident::status).containsExactly(IncidentStatus.FAILED, IncidentStatus.CANCELLED);
  }

  @Test
  void reQueues_lostLeasesAndNonTerminalWrites_areNotReported() {
    Incident incident = stores.create("task", T0);
    queue.claimNext("me", T0.plusSeconds(30), T0);
    assertThat(queue.finish(incident.uuid(), "someone-else", RunEnding.completed("x", 1), T0)).isFalse();
    assertThat(queue.requeue(incident.uuid(), "me", 1, T0)).isTrue();
    queue.claimNext("me", T0.plusSeconds(30), T0);
    queue.requestCancel(incident.uuid(), T0);
    queue.renew(incident.uuid(), "me", T0.plusSeconds(60), 1, T0);

    assertThat(ended).isEmpty();
  }

  @Test
  void aFailingObserver_neverChangesTheQueuesAnswer() {
    ObservedInvestigationQueue failing =
        new ObservedInvestigationQueue(fakes.queue, fakes.repository, incident -> {
          throw new IllegalStateException("boom");
        });
    Incident incident = stores.create("task", T0);
    assertThat(failing.cancelPending(incident.uuid(), T0)).isTrue();
  }
}
