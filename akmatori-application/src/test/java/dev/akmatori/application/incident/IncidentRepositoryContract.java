package dev.akmatori.application.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.NewIncident;
import dev.akmatori.domain.shared.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IncidentRepository} does beyond the list: create, find, usage counters. */
public abstract class IncidentRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private IncidentStores stores;

  /** Fresh, empty stores. */
  protected abstract IncidentStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
  }

  @Test
  void create_storesAPendingIncident_withItsFirstStatusEvent() {
    IncidentId id = new IncidentId(UUID.randomUUID());
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("task", "Check disk");
    context.put("labels", Map.of("host", "web-1"));
    context.put("n", List.of(1L, 2.5, true));
    NewIncident draft = new NewIncident(id, "api", "api-123", "Check disk", context, "/data/incidents/" + id);

    Incident created = stores.incidents().create(draft, T0);

    assertThat(created.id()).isPositive();
    assertThat(created.uuid()).isEqualTo(id);
    assertThat(created.status()).isEqualTo(IncidentStatus.PENDING);
    assertThat(created.source()).isEqualTo("api");
    assertThat(created.sourceId()).isEqualTo("api-123");
    assertThat(created.title()).isEqualTo("Check disk");
    assertThat(created.context()).isEqualTo(context);
    assertThat(created.sessionId()).isEmpty();
    assertThat(created.workingDir()).isEqualTo("/data/incidents/" + id);
    assertThat(created.response()).isEmpty();
    assertThat(created.error()).isNull();
    assertThat(created.completedAt()).isNull();
    assertThat(created.startedAt()).isEqualTo(T0);
    assertThat(created.createdAt()).isEqualTo(T0);
    assertThat(created.updatedAt()).isEqualTo(T0);
    assertThat(created.steps()).isZero();
    assertThat(created.tokensUsed()).isZero();
    assertThat(created.executionTimeMs()).isZero();
    assertThat(stores.incidents().find(id)).contains(created);

    List<IncidentEvent> events = stores.events().read(id, 0, 10);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).id()).isEqualTo(1);
    assertThat(events.get(0).type()).isEqualTo(EventType.STATUS);
    assertThat(events.get(0).at()).isEqualTo(T0);
    assertThat(events.get(0).data().get("status")).isEqualTo("pending");
    assertThat(events.get(0).data()).containsEntry("previous_status", null).containsEntry("error", null);
  }

  @Test
  void create_withATakenUuid_conflicts_andKeepsTheFirst() {
    Incident first = stores.create("first", T0);
    NewIncident again = new NewIncident(first.uuid(), "api", "api-2", "second", Map.of(), "/x");

    assertThatThrownBy(() -> stores.incidents().create(again, T0)).isInstanceOf(ConflictException.class);
    assertThat(stores.incidents().find(first.uuid()).orElseThrow().title()).isEqualTo("first");
  }

  @Test
  void find_unknownUuid_isEmpty() {
    assertThat(stores.incidents().find(new IncidentId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void addUsage_accumulatesStepsAndTokens_andIgnoresUnknownIncidents() {
    Incident incident = stores.create("usage", T0);

    stores.incidents().addUsage(incident.uuid(), 1, 100, T0.plusSeconds(1));
    stores.incidents().addUsage(incident.uuid(), 2, 50, T0.plusSeconds(2));
    stores.incidents().addUsage(new IncidentId(UUID.randomUUID()), 1, 1, T0);

    Incident found = stores.incidents().find(incident.uuid()).orElseThrow();
    assertThat(found.steps()).isEqualTo(3);
    assertThat(found.tokensUsed()).isEqualTo(150);
    assertThat(found.updatedAt()).isEqualTo(T0.plusSeconds(2));
  }

  @Test
  void concurrentUsage_isNeverLost() throws Exception {
    Incident incident = stores.create("race", T0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> stores.incidents().addUsage(incident.uuid(), 1, 10, T0)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Incident found = stores.incidents().find(incident.uuid()).orElseThrow();
    assertThat(found.steps()).isEqualTo(40);
    assertThat(found.tokensUsed()).isEqualTo(400);
  }
}
