package dev.akmatori.application.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.RunJournal;
import dev.akmatori.application.investigation.RunProgress;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
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

/** What every {@link RunJournal} does: events in order with the next ids, counters added, unknown incidents skipped. */
public abstract class RunJournalContract {
  protected static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  protected IncidentStores stores;
  protected RunJournal journal;

  /** True for a journal that writes a batch in one transaction (its events stay adjacent). */
  protected boolean atomicBatches() {
    return false;
  }

  /** Fresh stores. */
  protected abstract IncidentStores newStores();

  /** The journal over the stores {@link #newStores} returned last. */
  protected abstract RunJournal journal();


  @BeforeEach
  void setUpStores() {
    stores = newStores();
    journal = journal();
  }

  private static RunProgress.Event log(String text, Instant at) {
    return new RunProgress.Event(EventType.LOG, Map.of("text", text), at);
  }

  @Test
  void write_appendsEachIncidentsEventsInOrder_withTheNextIds_andAddsItsModelCalls() {
    Incident a = stores.create("a", T0);
    Incident b = stores.create("b", T0);
    stores.events().append(a.uuid(), EventType.LOG, Map.of("text", "before"), T0.plusSeconds(1));
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("call_id", "c1");
    call.put("name", "search_runbooks");
    call.put("instance", null);
    call.put("arguments", Map.of("query", "disk"));
    call.put("success", true);

    journal.write(List.of(
        new RunProgress(a.uuid(), List.of(log("one", T0.plusSeconds(2)), new RunProgress.Event(EventType.TOOL_CALL, call, T0.plusSeconds(3))),
            2, 300, T0.plusSeconds(3)),
        new RunProgress(b.uuid(), List.of(log("other", T0.plusSeconds(4))), 0, 0, T0.plusSeconds(4))));

    List<IncidentEvent> events = stores.events().read(a.uuid(), 0, 10);
    assertThat(events).extracting(IncidentEvent::id).containsExactly(1L, 2L, 3L, 4L);
    assertThat(events.get(2).data()).isEqualTo(Map.of("text", "one"));
    assertThat(events.get(2).at()).isEqualTo(T0.plusSeconds(2));
    assertThat(events.get(3).type()).isEqualTo(EventType.TOOL_CALL);
    assertThat(events.get(3).data()).isEqualTo(call);
    assertThat(List.copyOf(events.get(3).data().keySet())).containsExactlyElementsOf(call.keySet());
    assertThat(stores.incidents().find(a.uuid()).orElseThrow().steps()).isEqualTo(2);
    assertThat(stores.incidents().find(a.uuid()).orElseThrow().tokensUsed()).isEqualTo(300);
    assertThat(stores.events().read(b.uuid(), 0, 10)).extracting(IncidentEvent::id).containsExactly(1L, 2L);
    assertThat(stores.incidents().find(b.uuid()).orElseThrow().steps()).isZero();
  }

  @Test
  void write_ofModelCallsOnly_addsThemWithoutAnEvent_andSkipsUnknownIncidents() {
    Incident a = stores.create("a", T0);

    journal.write(List.of(
        new RunProgress(new IncidentId(UUID.randomUUID()), List.of(log("lost", T0)), 1, 10, T0),
        new RunProgress(a.uuid(), List.of(), 1, 40, T0.plusSeconds(1))));
    journal.write(List.of());

    assertThat(stores.incidents().find(a.uuid()).orElseThrow().tokensUsed()).isEqualTo(40);
    assertThat(stores.incidents().find(a.uuid()).orElseThrow().steps()).isEqualTo(1);
    assertThat(stores.events().read(a.uuid(), 0, 10)).hasSize(1);
  }

  protected static RunProgress progress(Incident i, String text) {
    return new RunProgress(i.uuid(), List.of(log(text, T0)), 1, 5, T0);
  }

  protected static RunProgress bad(Incident i) {
    return new RunProgress(i.uuid(), List.of(new RunProgress.Event(EventType.LOG, Map.of("text", new Object()), T0)), 1, 5, T0);
  }

  @Test
  void batchesAndSingleAppends_fromManyThreads_keepIdsDenseAndCountersExact() throws Exception {
    Incident a = stores.create("a", T0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 10; i++) {
            if (thread % 2 == 0) {
              journal.write(List.of(new RunProgress(a.uuid(),
                  List.of(log(thread + "-" + i + "a", T0), log(thread + "-" + i + "b", T0)), 1, 10, T0)));
            } else {
              stores.events().append(a.uuid(), EventType.LOG, Map.of("text", thread + "-" + i), T0);
            }
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    List<IncidentEvent> events = stores.events().read(a.uuid(), 0, 1000);
    assertThat(events).extracting(IncidentEvent::id).containsExactlyElementsOf(
        java.util.stream.LongStream.rangeClosed(1, 61).boxed().toList());
    List<Object> texts = events.stream().skip(1).map(e -> e.data().get("text")).toList();
    // Only a transaction keeps a batch's events together against concurrent single appends.
    for (int t = 0; atomicBatches() && t < 4; t += 2) {
      for (int i = 0; i < 10; i++) {
        assertThat(texts.indexOf(t + "-" + i + "b")).isEqualTo(texts.indexOf(t + "-" + i + "a") + 1);
      }
    }
    assertThat(stores.incidents().find(a.uuid()).orElseThrow().steps()).isEqualTo(20);
    assertThat(stores.incidents().find(a.uuid()).orElseThrow().tokensUsed()).isEqualTo(200);
  }
}
