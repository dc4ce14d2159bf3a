package dev.akmatori.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.Eventually;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.retention.RetentionRun;
import dev.akmatori.domain.settings.RetentionSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scheduler's own thread: a startup run, then passes when the clock says one is due. */
class RetentionSchedulerTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final MutableClock clock = new MutableClock(T0);
  private final AtomicReference<RetentionSettings> settings = new AtomicReference<>(new RetentionSettings(true, 1, 2));
  private final InMemoryRetentionRuns runs = new InMemoryRetentionRuns();
  private final InMemoryExpiredIncidents incidents = new InMemoryExpiredIncidents();
  private final InMemoryIncidentDirectories dirs = new InMemoryIncidentDirectories();

  private RetentionScheduler scheduler(IncidentDirectories directories) {
    CleanUpExpiredIncidents cleanup = new CleanUpExpiredIncidents(
        new CleanUpExpiredIncidents.Ports(runs, incidents, directories, new InMemoryStaleAlertLocks(), settings::get),
        new RetentionTimings(Duration.ofMinutes(5), Duration.ofMillis(20), 500), "me", clock);
    return new RetentionScheduler(cleanup, Duration.ofMillis(20));
  }

  @Test
  void afterTheStartupRun_theThreadRunsAPassOnceTheIntervalHasPassed_andAChangedIntervalAppliesWithoutRestart()
      throws Exception {
    try (RetentionScheduler scheduler = scheduler(dirs)) {
      scheduler.runAtStartup();
      assertThat(runs.all()).hasSize(1);
      scheduler.start();

      IncidentId old = incidents.add(IncidentStatus.COMPLETED, T0.minus(Duration.ofDays(2)));
      Thread.sleep(200);
      assertThat(runs.all()).hasSize(1);
      assertThat(incidents.contains(old)).isTrue();

      clock.advance(Duration.ofHours(2));
      Eventually.until("a second run", WAIT, () -> runs.all().size() == 2 && !runs.latest().inProgress());
      assertThat(incidents.contains(old)).isFalse();

      settings.set(new RetentionSettings(true, 1, 1));
      clock.advance(Duration.ofHours(1));
      Eventually.until("a third run", WAIT, () -> runs.all().size() == 3);
    }
  }

  @Test
  void closing_stopsARunInProgressAtItsNextStep_andRecordsWhy() throws Exception {
    for (int i = 0; i < 3; i++) {
      incidents.add(IncidentStatus.COMPLETED, T0.minus(Duration.ofDays(5 + i)));
    }
    java.util.concurrent.CountDownLatch inRemove = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    IncidentDirectories blocking = new IncidentDirectories() {
      @Override
      public Stream<DirectoryEntry> list() {
        return Stream.empty();
      }

      @Override
      public long remove(String name) {
        inRemove.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return 0;
      }
    };
    RetentionScheduler scheduler = scheduler(blocking);
    scheduler.start();
    clock.advance(Duration.ofHours(3));
    assertThat(inRemove.await(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    Thread closer = new Thread(scheduler::close);
    closer.start();
    // close() asks the run to stop before it waits for the timer (a timed wait); releasing the run
    // any earlier would let it finish its three steps first, which a fixed sleep did on a loaded machine.
    Eventually.until("close() waits for the run", WAIT, () -> closer.getState() == Thread.State.TIMED_WAITING);
    release.countDown();
    closer.join(WAIT.toMillis());

    assertThat(closer.isAlive()).isFalse();
    RetentionRun run = runs.latest();
    assertThat(run.inProgress()).isFalse();
    assertThat(run.errors()).containsExactly("Cleanup stopped: the server is shutting down");
    assertThat(incidents.size()).isEqualTo(3);
  }
}
