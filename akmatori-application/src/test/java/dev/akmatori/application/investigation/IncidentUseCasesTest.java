package dev.akmatori.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.application.incident.IncidentEventFeed;
import dev.akmatori.application.incident.InMemoryIncidents;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.IncidentTask;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Create, get, cancel and read events of incidents (contract §3.1.2–3.1.5) over the fakes. */
class IncidentUseCasesTest {
  private static final Instant NOW = Instant.parse("2026-05-06T09:30:12.123456789Z");
  private static final UUID ID = UUID.fromString("3f2b8c1e-1d2a-4b7e-9c0d-123456789abc");

  private final InMemoryIncidents store = new InMemoryIncidents();
  private final InMemoryIncidentWorkspace workspace = new InMemoryIncidentWorkspace();
  private final MutableClock clock = new MutableClock(NOW);
  private final AtomicInteger wakeUps = new AtomicInteger();
  private final CreateIncident create =
      new CreateIncident(store.repository, workspace, () -> "Be thorough.", wakeUps::incrementAndGet, clock, () -> ID);
  private final CancelIncident cancel = new CancelIncident(store.repository, store.queue, clock);
  private final GetIncident get = new GetIncident(store.repository, store.events);
  private final IncidentEventFeed feed = new IncidentEventFeed(store.repository, store.events);

  @Test
  void create_storesAPendingApiIncident_withWorkspaceTitleContextAndFirstEvent_thenWakesTheWorkers() {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("env", "prod");
    context.put("task", "caller's task is overwritten");
    context.put("created_by", "mallory");

    Incident incident = create.create(new IncidentTask("Alert: Disk full on web-1\nplease check"), context);

    assertThat(incident.uuid()).isEqualTo(new IncidentId(ID));
    assertThat(incident.status()).isEqualTo(IncidentStatus.PENDING);
    assertThat(incident.source()).isEqualTo("api");
    assertThat(incident.sourceId()).isEqualTo("api-1778059812123456789");
    assertThat(incident.title()).isEqualTo("Disk full on web-1");
    assertThat(incident.context())
        .containsExactly(
            Map.entry("env", "prod"),
            Map.entry("task", "Alert: Disk full on web-1\nplease check"),
            Map.entry("created_by", "api"));
    assertThat(incident.workingDir()).isEqualTo("/data/incidents/" + ID);
    assertThat(workspace.file(incident.uuid(), "AGENTS.md")).isEqualTo("# Incident Manager\n\nBe thorough.");
    assertThat(store.events.read(incident.uuid(), 0, 10)).extracting(IncidentEvent::type).containsExactly(EventType.STATUS);
    assertThat(wakeUps).hasValue(1);
  }

  @Test
  void get_rendersTheFullLog_andAnUnknownIncidentIsNotFound() {
    Incident incident = create.create(new IncidentTask("Check disk"), Map.of());

    assertThat(get.get(incident.uuid()).fullLog()).isEqualTo("API Incident Task:\nCheck disk\n\n--- Execution Log ---\n\n");
    assertThatThrownBy(() -> get.get(new IncidentId(UUID.randomUUID())))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Incident not found");
  }

  @Test
  void cancel_pendingIsImmediate_runningIsFlagged_terminalConflicts_unknownIsNotFound() {
    Incident incident = create.create(new IncidentTask("t"), Map.of());

    assertThat(cancel.cancel(incident.uuid())).isEqualTo(IncidentStatus.CANCELLED);
    assertThatThrownBy(() -> cancel.cancel(incident.uuid()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Incident is already cancelled");
    assertThatThrownBy(() -> cancel.cancel(new IncidentId(UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void cancel_ofARunningIncident_setsTheFlag_andKeepsItRunning() {
    Incident incident = create.create(new IncidentTask("t"), Map.of());
    store.queue.claimNext("worker", NOW.plusSeconds(30), NOW);

    assertThat(cancel.cancel(incident.uuid())).isEqualTo(IncidentStatus.RUNNING);
    assertThat(store.repository.lease(incident.uuid()).cancelRequested()).isTrue();
    assertThat(store.repository.find(incident.uuid()).orElseThrow().status()).isEqualTo(IncidentStatus.RUNNING);
  }

  @Test
  void eventFeed_pagesAfterAnId_andKnowsTheStatus() {
    Incident incident = create.create(new IncidentTask("t"), Map.of());
    for (int i = 0; i < 6; i++) {
      store.events.append(incident.uuid(), EventType.LOG, Map.of("text", "t" + i), NOW);
    }

    var page = feed.page(incident.uuid(), 2, PageRequest.of(2, 2));
    assertThat(page.items()).extracting(IncidentEvent::id).containsExactly(5L, 6L);
    assertThat(page.total()).isEqualTo(5);
    assertThat(feed.page(incident.uuid(), 2, PageRequest.of(9, 2)).items()).isEmpty();
    assertThat(feed.after(incident.uuid(), 6, 10)).extracting(IncidentEvent::id).containsExactly(7L);
    assertThat(feed.status(incident.uuid())).isEqualTo(IncidentStatus.PENDING);
    assertThatThrownBy(() -> feed.page(new IncidentId(UUID.randomUUID()), 0, PageRequest.first())).isInstanceOf(NotFoundException.class);
  }
}
