package dev.akmatori.application.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IncidentEventLog} does: dense per-incident ids, exact data, reads after an id. */
public abstract class IncidentEventLogContract {
  protected static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private IncidentStores stores;

  protected abstract IncidentStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
  }

  @Test
  void append_numbersEventsPerIncident_afterTheCreationEvent() {
    Incident a = stores.create("a", T0);
    Incident b = stores.create("b", T0);

    IncidentEvent a2 = stores.events().append(a.uuid(), EventType.LOG, Map.of("text", "one"), T0.plusSeconds(1));
    IncidentEvent a3 = stores.events().append(a.uuid(), EventType.LOG, Map.of("text", "two"), T0.plusSeconds(2));
    IncidentEvent b2 = stores.events().append(b.uuid(), EventType.LOG, Map.of("text", "three"), T0.plusSeconds(3));

    assertThat(List.of(a2.id(), a3.id(), b2.id())).containsExactly(2L, 3L, 2L);
    assertThat(a3.at()).isEqualTo(T0.plusSeconds(2));
    assertThat(stores.events().read(a.uuid(), 0, 10)).extracting(IncidentEvent::id).containsExactly(1L, 2L, 3L);
  }

  @Test
  void data_roundTripsExactly_withKeyOrderAndNulls() {
    Incident incident = stores.create("data", T0);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("call_id", "c1");
    data.put("name", "search_runbooks");
    data.put("instance", null);
    data.put("arguments", Map.of("query", "disk \"full\"\n", "limit", 3L));
    data.put("success", true);
    data.put("duration_ms", 12L);
    data.put("output", "Überlast 🚀");
    data.put("list", List.of(1L, "x", false));

    IncidentEvent stored = stores.events().append(incident.uuid(), EventType.TOOL_CALL, data, T0);
    IncidentEvent read = stores.events().read(incident.uuid(), 1, 1).get(0);

    assertThat(read).isEqualTo(stored);
    assertThat(read.type()).isEqualTo(EventType.TOOL_CALL);
    assertThat(read.data()).isEqualTo(data);
    assertThat(new ArrayList<>(read.data().keySet())).containsExactlyElementsOf(data.keySet());
  }

  @Test
  void read_afterAnId_withALimit_andCount() {
    Incident incident = stores.create("paged", T0);
    for (int i = 0; i < 9; i++) {
      stores.events().append(incident.uuid(), EventType.LOG, Map.of("text", "t" + i), T0);
    }

    assertThat(stores.events().read(incident.uuid(), 3, 4)).extracting(IncidentEvent::id).containsExactly(4L, 5L, 6L, 7L);
    assertThat(stores.events().read(incident.uuid(), 10, 4)).isEmpty();
    assertThat(stores.events().count(incident.uuid(), 0)).isEqualTo(10);
    assertThat(stores.events().count(incident.uuid(), 7)).isEqualTo(3);
  }

  @Test
  void anUnknownIncident_hasNoEvents_andCannotBeAppendedTo() {
    IncidentId unknown = new IncidentId(UUID.randomUUID());

    assertThat(stores.events().read(unknown, 0, 10)).isEmpty();
    assertThat(stores.events().count(unknown, 0)).isZero();
    assertThatThrownBy(() -> stores.events().append(unknown, EventType.LOG, Map.of("text", "x"), T0))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void concurrentAppends_getDistinctConsecutiveIds() throws Exception {
    Incident incident = stores.create("race", T0);
    int threads = 6;
    int each = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          List<Long> ids = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            ids.add(stores.events().append(incident.uuid(), EventType.LOG, Map.of("text", thread + "-" + i), T0).id());
          }
          return ids;
        }));
      }
      start.countDown();
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : futures) {
        all.addAll(f.get());
      }
      assertThat(all).doesNotHaveDuplicates().hasSize(threads * each);
    } finally {
      pool.shutdownNow();
    }
    assertThat(stores.events().read(incident.uuid(), 0, 1000))
        .extracting(IncidentEvent::id)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, threads * each + 1).boxed().toList());
  }
}
