package dev.akmatori.application.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.RunEnding;
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

/** What every {@link IncidentRepository} does beyond the list: create, find, usage counters, titles. */
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

  @Test
  void updateTitle_replacesTheTitle_andAddsTheTokens_leavingEverythingElse() {
    Incident incident = stores.create("Disk full on web-1, please check /var", T0);
    stores.incidents().addUsage(incident.uuid(), 1, 100, T0.plusSeconds(1));

    stores.incidents().updateTitle(incident.uuid(), "Disk full on web-1 — /var at 100 %", 37, T0.plusSeconds(2));

    Incident found = stores.incidents().find(incident.uuid()).orElseThrow();
    assertThat(found.title()).isEqualTo("Disk full on web-1 — /var at 100 %");
    assertThat(found.tokensUsed()).isEqualTo(137);
    assertThat(found.steps()).isEqualTo(1);
    assertThat(found.updatedAt()).isEqualTo(T0.plusSeconds(2));
    assertThat(found.status()).isEqualTo(IncidentStatus.PENDING);
    assertThat(found.context()).isEqualTo(incident.context());
    assertThat(found.createdAt()).isEqualTo(T0);
    assertThat(stores.events().read(incident.uuid(), 0, 10)).hasSize(1);
  }

  @Test
  void updateTitle_afterTheInvestigationEnded_stillApplies() {
    Incident incident = stores.create("finished before its title", T0);
    stores.queue().claimNext("me", T0.plusSeconds(30), T0);
    stores.incidents().addUsage(incident.uuid(), 2, 300, T0);
    stores.queue().finish(incident.uuid(), "me", RunEnding.completed("Done.", 1000), T0.plusSeconds(1));

    stores.incidents().updateTitle(incident.uuid(), "Finished before its title", 20, T0.plusSeconds(2));

    Incident found = stores.incidents().find(incident.uuid()).orElseThrow();
    assertThat(found.status()).isEqualTo(IncidentStatus.COMPLETED);
    assertThat(found.title()).isEqualTo("Finished before its title");
    assertThat(found.tokensUsed()).isEqualTo(320);
    assertThat(found.response()).isEqualTo("Done.");
    assertThat(found.completedAt()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void updateTitle_ofAnUnknownIncident_isANoOp_andAnOverlongTitleIsRefused() {
    Incident incident = stores.create("keep me", T0);

    stores.incidents().updateTitle(new IncidentId(UUID.randomUUID()), "nobody", 5, T0);
    assertThatThrownBy(() -> stores.incidents().updateTitle(incident.uuid(), "x".repeat(256), 5, T0))
        .isInstanceOf(IllegalArgumentException.class);

    Incident found = stores.incidents().find(incident.uuid()).orElseThrow();
    assertThat(found.title()).isEqualTo("keep me");
    assertThat(found.tokensUsed()).isZero();
  }

  @Test
  void updateTitle_racingUsageUpdates_losesNoTokens() throws Exception {
    Incident incident = stores.create("race with the title", T0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        futures.add(pool.submit(() -> {
          if (n % 10 == 0) {
            stores.incidents().updateTitle(incident.uuid(), "Title " + n, 7, T0);
          } else {
            stores.incidents().addUsage(incident.uuid(), 1, 10, T0);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Incident found = stores.incidents().find(incident.uuid()).orElseThrow();
    assertThat(found.steps()).isEqualTo(36);
    assertThat(found.tokensUsed()).isEqualTo(36 * 10 + 4 * 7);
    assertThat(found.title()).startsWith("Title ");
  }
}
