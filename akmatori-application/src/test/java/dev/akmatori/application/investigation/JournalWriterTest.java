package dev.akmatori.application.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JournalWriterTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** A journal that records every write call, can be held, and fails for chosen incidents. */
  private static final class RecordingJournal implements RunJournal {
    final List<List<RunProgress>> calls = Collections.synchronizedList(new ArrayList<>());
    final List<RunProgress> written = Collections.synchronizedList(new ArrayList<>());
    final Set<IncidentId> failing = ConcurrentHashMap.newKeySet();
    /** False: an outage, every write fails and {@link #answers} says so. */
    volatile boolean up = true;
    final java.util.concurrent.atomic.AtomicInteger probes = new java.util.concurrent.atomic.AtomicInteger();
    volatile CountDownLatch entered = new CountDownLatch(1);
    volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public void write(List<RunProgress> batch) {
      calls.add(batch);
      entered.countDown();
      try {
        gate.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (!up) {
        throw new IllegalStateException("connection refused");
      }
      if (batch.stream().anyMatch(p -> failing.contains(p.incident()))) {
        throw new IllegalStateException("database unavailable");
      }
      written.addAll(batch);
    }

    @Override
    public boolean answers() {
      probes.incrementAndGet();
      return up;
    }

    List<Object> texts(IncidentId incident) {
      synchronized (written) {
        return written.stream().filter(p -> p.incident().equals(incident))
            .flatMap(p -> p.events().stream()).map(e -> e.data().get("text")).toList();
      }
    }

    long steps(IncidentId incident) {
      synchronized (written) {
        return written.stream().filter(p -> p.incident().equals(incident)).mapToLong(RunProgress::steps).sum();
      }
    }
  }

  private final RecordingJournal journal = new RecordingJournal();
  private final JournalWriter writer = new JournalWriter(journal, Duration.ofMillis(5));

  @AfterEach
  void close() {
    journal.gate = new CountDownLatch(0);
    writer.close();
  }

  private static IncidentId id() {
    return new IncidentId(UUID.randomUUID());
  }

  private static Map<String, Object> text(String t) {
    return Map.of("text", t);
  }

  @Test
  void aRunsWrites_areCommittedInOrder_andCloseWaitsForThem() {
    IncidentId a = id();
    JournalWriter.RunLog log = writer.open(a, () -> false);

    for (int i = 0; i < 50; i++) {
      log.event(EventType.LOG, text("e" + i), T0.plusMillis(i));
      log.usage(1, 10, T0.plusMillis(i));
    }
    assertThat(log.close(WAIT)).isTrue();

    assertThat(journal.texts(a)).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).mapToObj(i -> "e" + i).toList());
    assertThat(journal.steps(a)).isEqualTo(50);
  }

  @Test
  void withALinger_aLoneRunsWritesShareOneCommit_andTheEndOfTheRunDoesNotWaitForTheLinger() {
    JournalWriter lingering = new JournalWriter(journal, Duration.ofMillis(5), Duration.ofHours(1));
    try {
      IncidentId a = id();
      JournalWriter.RunLog log = lingering.open(a, () -> false);
      for (int i = 0; i < 5; i++) {
        log.event(EventType.LOG, text("e" + i), T0.plusMillis(i));
        log.usage(1, 10, T0.plusMillis(i));
      }
      assertThat(journal.calls).as("nothing committed while lingering").isEmpty();

      assertThat(log.close(WAIT)).as("the run's end cuts the linger short").isTrue();

      assertThat(journal.calls).hasSize(1);
      assertThat(journal.texts(a)).containsExactly("e0", "e1", "e2", "e3", "e4");
      assertThat(journal.steps(a)).isEqualTo(5);
    } finally {
      lingering.close(WAIT);
    }
  }

  @Test
  void withALinger_closingTheWriterCommitsAtOnce() {
    JournalWriter lingering = new JournalWriter(journal, Duration.ofMillis(5), Duration.ofHours(1));
    IncidentId a = id();
    lingering.open(a, () -> false).event(EventType.LOG, text("last"), T0);

    lingering.close(WAIT);

    assertThat(journal.texts(a)).containsExactly("last");
  }

  @Test
  void whileOneCommitIsInFlight_theWritesOfManyRunsGoOutTogether_inOneCall() throws Exception {
    journal.gate = new CountDownLatch(1);
    IncidentId first = id();
    JournalWriter.RunLog firstLog = writer.open(first, () -> false);
    firstLog.event(EventType.LOG, text("first"), T0);
    assertThat(journal.entered.await(10, TimeUnit.SECONDS)).isTrue();

    List<IncidentId> others = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      IncidentId other = id();
      others.add(other);
      JournalWriter.RunLog log = writer.open(other, () -> false);
      log.event(EventType.LOG, text("a"), T0);
      log.usage(1, 7, T0);
      log.event(EventType.LOG, text("b"), T0);
    }
    journal.gate.countDown();
    assertThat(firstLog.close(WAIT)).isTrue();
    Eventually.until("all written", WAIT, () -> journal.written.size() == 21);

    assertThat(journal.calls).hasSize(2);
    List<RunProgress> second = journal.calls.get(1);
    assertThat(second).extracting(RunProgress::incident).containsExactlyInAnyOrderElementsOf(others);
    assertThat(second).extracting(p -> p.incident().toString()).isSorted();
    assertThat(second).allSatisfy(p -> {
      assertThat(p.events()).extracting(e -> e.data().get("text")).containsExactly("a", "b");
      assertThat(p.steps()).isEqualTo(1);
      assertThat(p.tokens()).isEqualTo(7);
    });
  }

  @Test
  void afterClose_andOnceTheLeaseIsLost_nothingMoreIsWritten() {
    IncidentId closed = id();
    IncidentId lost = id();
    AtomicBoolean isLost = new AtomicBoolean();
    JournalWriter.RunLog closedLog = writer.open(closed, () -> false);
    JournalWriter.RunLog lostLog = writer.open(lost, isLost::get);
    closedLog.event(EventType.LOG, text("kept"), T0);
    lostLog.event(EventType.LOG, text("kept too"), T0);
    assertThat(closedLog.close(WAIT)).isTrue();
    assertThat(lostLog.close(Duration.ZERO.plusMillis(1)) || true).isTrue();

    closedLog.event(EventType.LOG, text("after close"), T0);
    closedLog.usage(1, 1, T0);
    isLost.set(true);
    JournalWriter.RunLog lostAgain = writer.open(lost, isLost::get);
    lostAgain.event(EventType.LOG, text("after loss"), T0);
    assertThat(lostAgain.close(WAIT)).isTrue();

    assertThat(journal.texts(closed)).containsExactly("kept");
    assertThat(journal.texts(lost)).containsExactly("kept too");
    assertThat(journal.steps(closed)).isZero();
  }

  @Test
  void aRunWhoseWritesKeepFailing_isDroppedAfterTheRetries_withoutHoldingBackTheOthers() {
    IncidentId bad = id();
    IncidentId good = id();
    journal.failing.add(bad);
    journal.gate = new CountDownLatch(1);
    JournalWriter.RunLog badLog = writer.open(bad, () -> false);
    JournalWriter.RunLog goodLog = writer.open(good, () -> false);
    badLog.event(EventType.LOG, text("never"), T0);
    goodLog.event(EventType.LOG, text("fine"), T0);
    journal.gate.countDown();

    assertThat(goodLog.close(WAIT)).isTrue();
    assertThat(badLog.close(WAIT)).isTrue(); // handled: given up, not pending

    assertThat(journal.texts(good)).containsExactly("fine");
    assertThat(journal.texts(bad)).isEmpty();
    long badCalls = journal.calls.stream().filter(c -> c.size() == 1 && c.get(0).incident().equals(bad)).count();
    assertThat(badCalls).isEqualTo(JournalWriter.ATTEMPTS);
  }

  @Test
  void aFailureThatClears_isRetried_andNothingIsLost() throws Exception {
    IncidentId a = id();
    journal.failing.add(a);
    JournalWriter.RunLog log = writer.open(a, () -> false);
    log.event(EventType.LOG, text("retried"), T0);
    Eventually.until("the first attempt failed", WAIT, () -> !journal.calls.isEmpty());
    journal.failing.clear();

    assertThat(log.close(WAIT)).isTrue();
    assertThat(journal.texts(a)).containsExactly("retried");
  }

  @Test
  void closingTheWriter_writesWhatIsQueued_andLaterWritesAreLost() throws Exception {
    journal.gate = new CountDownLatch(1);
    IncidentId a = id();
    JournalWriter.RunLog log = writer.open(a, () -> false);
    log.event(EventType.LOG, text("one"), T0);
    assertThat(journal.entered.await(10, TimeUnit.SECONDS)).isTrue();
    log.event(EventType.LOG, text("two"), T0);
    journal.gate.countDown();

    writer.close(WAIT);
    log.event(EventType.LOG, text("three"), T0);

    assertThat(journal.texts(a)).containsExactly("one", "two");
    assertThat(log.close(WAIT)).isTrue();
  }

  @Test
  void duringAnOutage_writesWaitForTheDatabase_beyondTheAttemptsOfABadWrite() throws Exception {
    journal.up = false;
    IncidentId a = id();
    IncidentId b = id();
    // A linger, so that the two runs' first writes are one batch.
    JournalWriter lingering = new JournalWriter(journal, Duration.ofMillis(5), Duration.ofMillis(300));
    JournalWriter.RunLog logA = lingering.open(a, () -> false);
    JournalWriter.RunLog logB = lingering.open(b, () -> false);
    logA.event(EventType.LOG, text("a1"), T0);
    logB.event(EventType.LOG, text("b1"), T0);
    logA.usage(1, 10, T0);
    // Twice the attempts a bad write gets, while the database says it is out.
    Eventually.until("the outage outlasted the attempts of a bad write", WAIT,
        () -> journal.probes.get() > 2 * JournalWriter.ATTEMPTS);
    logA.event(EventType.LOG, text("a2"), T0); // queued behind the outage
    assertThat(journal.written).isEmpty();
    List<List<RunProgress>> duringTheOutage = List.copyOf(journal.calls);
    assertThat(duringTheOutage).as("the batch is retried whole, not run by run").allSatisfy(c -> assertThat(c).hasSize(2));

    journal.up = true;

    assertThat(logA.close(WAIT)).isTrue();
    assertThat(logB.close(WAIT)).isTrue();
    assertThat(journal.texts(a)).containsExactly("a1", "a2");
    assertThat(journal.texts(b)).containsExactly("b1");
    assertThat(journal.steps(a)).isEqualTo(1);
    lingering.close();
  }

  @Test
  void aRunThatEndsDuringAnOutage_hasWhatWasNotWrittenDropped_andNeverWrittenAfterItsEnd() throws Exception {
    journal.up = false;
    IncidentId a = id();
    JournalWriter.RunLog log = writer.open(a, () -> false);
    log.event(EventType.LOG, text("before the end"), T0);
    Eventually.until("a retry during the outage", WAIT, () -> journal.probes.get() >= 2);

    assertThat(log.close(Duration.ofMillis(50))).isFalse(); // the run ends; its writes are not committed
    journal.up = true;
    IncidentId later = id();
    JournalWriter.RunLog next = writer.open(later, () -> false);
    next.event(EventType.LOG, text("next run"), T0);

    assertThat(next.close(WAIT)).isTrue(); // the writer gave the closed log's part up and went on
    assertThat(journal.texts(later)).containsExactly("next run");
    assertThat(journal.texts(a)).isEmpty();
  }
}
