package dev.akmatori.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.retention.RetentionRun;
import dev.akmatori.domain.settings.RetentionSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The cleanup run over fakes and a clock moved by hand (contract §3.10.5). */
class CleanUpExpiredIncidentsTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private final MutableClock clock = new MutableClock(T0);
  private final AtomicReference<RetentionSettings> settings = new AtomicReference<>(RetentionSettings.DEFAULTS);
  private final InMemoryRetentionRuns runs = new InMemoryRetentionRuns();
  private final InMemoryExpiredIncidents incidents = new InMemoryExpiredIncidents();
  private final InMemoryIncidentDirectories dirs = new InMemoryIncidentDirectories();
  private final InMemoryStaleAlertLocks locks = new InMemoryStaleAlertLocks();

  private CleanUpExpiredIncidents cleanup(int pageSize) {
    return cleanup(pageSize, incidents);
  }

  private CleanUpExpiredIncidents cleanup(int pageSize, ExpiredIncidents store) {
    return new CleanUpExpiredIncidents(
        new CleanUpExpiredIncidents.Ports(runs, store, dirs, locks, settings::get),
        new RetentionTimings(LEASE, Duration.ofMinutes(1), pageSize), "me", clock);
  }

  private static Instant daysAgo(long days) {
    return T0.minus(Duration.ofDays(days));
  }

  /** A finished incident with a workspace of {@code bytes}. */
  private IncidentId finished(IncidentStatus status, Instant completedAt, long bytes) {
    IncidentId id = incidents.add(status, completedAt);
    dirs.add(id.toString(), completedAt, bytes);
    return id;
  }

  @Test
  void terminalIncidentsPastRetention_areDeletedWithTheirWorkspaces_youngerOnesKept() {
    IncidentId completed = finished(IncidentStatus.COMPLETED, daysAgo(91), 100);
    IncidentId failed = finished(IncidentStatus.FAILED, daysAgo(400), 20);
    IncidentId cancelled = finished(IncidentStatus.CANCELLED, daysAgo(90).minusMillis(1), 3);
    IncidentId young = finished(IncidentStatus.COMPLETED, daysAgo(90).plusSeconds(1), 4000);

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run).isEqualTo(new RetentionRun(T0, T0, 3, 0, 123, List.of()));
    assertThat(runs.latest()).isEqualTo(run);
    for (IncidentId gone : List.of(completed, failed, cancelled)) {
      assertThat(incidents.contains(gone)).isFalse();
      assertThat(dirs.exists(gone.toString())).isFalse();
    }
    assertThat(incidents.contains(young)).isTrue();
    assertThat(dirs.exists(young.toString())).isTrue();
  }

  @Test
  void pendingAndRunningIncidents_areNeverDeleted_norTheirOldWorkspacesTakenForOrphans() {
    IncidentId pending = incidents.add(IncidentStatus.PENDING, null);
    IncidentId running = incidents.add(IncidentStatus.RUNNING, null);
    dirs.add(pending.toString(), daysAgo(1000), 10);
    dirs.add(running.toString(), daysAgo(1000), 10);

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run.incidentsDeleted()).isZero();
    assertThat(run.orphanDirsRemoved()).isZero();
    assertThat(incidents.contains(pending)).isTrue();
    assertThat(incidents.contains(running)).isTrue();
    assertThat(dirs.exists(pending.toString())).isTrue();
    assertThat(dirs.exists(running.toString())).isTrue();
  }

  @Test
  void whileRetentionIsDisabled_aRunDeletesNothing_butIsRecordedWithZeroCounts() {
    settings.set(new RetentionSettings(false, 1, 6));
    IncidentId old = finished(IncidentStatus.COMPLETED, daysAgo(500), 100);
    String orphan = UUID.randomUUID().toString();
    dirs.add(orphan, daysAgo(30), 50);

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run).isEqualTo(new RetentionRun(T0, T0, 0, 0, 0, List.of()));
    assertThat(runs.latest()).isEqualTo(run);
    assertThat(incidents.contains(old)).isTrue();
    assertThat(dirs.exists(old.toString())).isTrue();
    assertThat(dirs.exists(orphan)).isTrue();
  }

  @Test
  void aWorkspaceResolvingOutsideTheIncidentsDirectory_keepsItsIncident_andRecordsAnError() {
    IncidentId outside = incidents.add(IncidentStatus.COMPLETED, daysAgo(100));
    dirs.add(outside.toString(), daysAgo(100), 999, InMemoryIncidentDirectories.Kind.OUTSIDE);
    IncidentId normal = finished(IncidentStatus.COMPLETED, daysAgo(100), 7);

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run.incidentsDeleted()).isEqualTo(1);
    assertThat(run.bytesFreed()).isEqualTo(7);
    assertThat(run.errors()).singleElement().asString()
        .startsWith("Incident " + outside + " kept: ")
        .contains("outside /data/incidents");
    assertThat(incidents.contains(outside)).isTrue();
    assertThat(dirs.exists(outside.toString())).isTrue();
    assertThat(incidents.contains(normal)).isFalse();
  }

  @Test
  void aWorkspaceThatFailsHalfway_keepsItsIncident_countsTheBytesFreed_andTheNextRunFinishesIt() {
    IncidentId stuck = incidents.add(IncidentStatus.FAILED, daysAgo(100));
    dirs.add(stuck.toString(), daysAgo(100), 1000, InMemoryIncidentDirectories.Kind.FAILING);

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run.incidentsDeleted()).isZero();
    assertThat(run.bytesFreed()).isEqualTo(500);
    assertThat(run.errors()).singleElement().asString().contains("Permission denied");
    assertThat(incidents.contains(stuck)).isTrue();
  }

  @Test
  void orphanDirectories_olderThanAnHour_areRemoved_youngerOnesAndOtherNamesAreNot() {
    String oldOrphan = UUID.randomUUID().toString();
    String upperOrphan = UUID.randomUUID().toString().toUpperCase();
    String youngOrphan = UUID.randomUUID().toString();
    dirs.add(oldOrphan, T0.minus(Duration.ofHours(1)).minusMillis(1), 300);
    dirs.add(upperOrphan, daysAgo(2), 5);
    dirs.add(youngOrphan, T0.minus(Duration.ofMinutes(59)), 70);
    dirs.add("notes", daysAgo(400), 8);
    dirs.add("3f2b8c1e4d5a4b6c8d7e9f0a1b2c3d4e", daysAgo(400), 8);

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run).isEqualTo(new RetentionRun(T0, T0, 0, 2, 305, List.of()));
    assertThat(dirs.exists(oldOrphan)).isFalse();
    assertThat(dirs.exists(upperOrphan)).isFalse();
    assertThat(dirs.exists(youngOrphan)).isTrue();
    assertThat(dirs.exists("notes")).isTrue();
    assertThat(dirs.exists("3f2b8c1e4d5a4b6c8d7e9f0a1b2c3d4e")).isTrue();
  }

  @Test
  void anOrphanResolvingOutside_isKept_withAnError() {
    String orphan = UUID.randomUUID().toString();
    dirs.add(orphan, daysAgo(3), 40, InMemoryIncidentDirectories.Kind.OUTSIDE);

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run.orphanDirsRemoved()).isZero();
    assertThat(run.errors()).singleElement().asString().startsWith("Orphan directory " + orphan + " kept: ");
    assertThat(dirs.exists(orphan)).isTrue();
  }

  @Test
  void anExpiredIncidentWithoutAWorkspace_isStillDeleted() {
    IncidentId id = incidents.add(IncidentStatus.COMPLETED, daysAgo(200));

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run.incidentsDeleted()).isEqualTo(1);
    assertThat(run.bytesFreed()).isZero();
    assertThat(incidents.contains(id)).isFalse();
  }

  @Test
  void deletionsGoInPages_andAKeptIncidentDoesNotStopThePagesAfterIt() {
    IncidentId kept = incidents.add(IncidentStatus.COMPLETED, daysAgo(300));
    dirs.add(kept.toString(), daysAgo(300), 1, InMemoryIncidentDirectories.Kind.OUTSIDE);
    for (int i = 0; i < 6; i++) {
      finished(IncidentStatus.COMPLETED, daysAgo(200 - i), 1);
    }

    RetentionRun run = cleanup(2).runAtStartup().orElseThrow();

    assertThat(run.incidentsDeleted()).isEqualTo(6);
    assertThat(incidents.deleteBatches()).containsExactly(1, 2, 2, 1);
    assertThat(incidents.size()).isEqualTo(1);
    assertThat(incidents.contains(kept)).isTrue();
  }

  @Test
  void whenAnotherProcessHoldsTheLease_theStartupRunIsSkipped_andDeletesNothing() {
    IncidentId old = finished(IncidentStatus.COMPLETED, daysAgo(100), 1);
    runs.claim(new RetentionRuns.Claim("other", T0.minusSeconds(10), T0.plus(LEASE), Optional.empty()));

    assertThat(cleanup(500).runAtStartup()).isEmpty();
    assertThat(incidents.contains(old)).isTrue();
    assertThat(runs.all()).hasSize(1);
  }

  @Test
  void anExpiredLeaseOfADeadProcess_isTakenOver() {
    runs.claim(new RetentionRuns.Claim("dead", daysAgo(1), daysAgo(1).plus(LEASE), Optional.empty()));
    finished(IncidentStatus.COMPLETED, daysAgo(100), 1);

    assertThat(cleanup(500).runAtStartup()).map(RetentionRun::incidentsDeleted).contains(1L);
  }

  @Test
  void scheduledRuns_followTheInterval_readAgainAtEveryDecision() {
    CleanUpExpiredIncidents cleanup = cleanup(500);
    cleanup.runAtStartup();

    clock.advance(Duration.ofHours(6).minusSeconds(1));
    assertThat(cleanup.runIfDue()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(cleanup.runIfDue()).isPresent();
    assertThat(cleanup.runIfDue()).isEmpty();

    settings.set(new RetentionSettings(true, 90, 1));
    clock.advance(Duration.ofHours(1));
    assertThat(cleanup.runIfDue()).isPresent();
    assertThat(runs.all()).extracting(RetentionRun::startedAt)
        .containsExactly(T0, T0.plus(Duration.ofHours(6)), T0.plus(Duration.ofHours(7)));
  }

  @Test
  void enablingRetention_appliesFromTheNextRun() {
    settings.set(new RetentionSettings(false, 90, 1));
    IncidentId old = finished(IncidentStatus.COMPLETED, daysAgo(100), 9);
    CleanUpExpiredIncidents cleanup = cleanup(500);
    cleanup.runAtStartup();
    assertThat(incidents.contains(old)).isTrue();

    settings.set(new RetentionSettings(true, 90, 1));
    clock.advance(Duration.ofHours(1));
    RetentionRun run = cleanup.runIfDue().orElseThrow();

    assertThat(run.incidentsDeleted()).isEqualTo(1);
    assertThat(incidents.contains(old)).isFalse();
  }

  @Test
  void aLongRun_renewsItsLease_soNoOtherProcessCanTakeItOver() {
    ExpiredIncidents slow = new ExpiredIncidentsAdvancingTheClock(incidents, clock, Duration.ofMinutes(2));
    for (int i = 0; i < 6; i++) {
      finished(IncidentStatus.COMPLETED, daysAgo(100 + i), 1);
    }
    AtomicReference<Optional<Long>> rival = new AtomicReference<>();
    ExpiredIncidents watched = new ExpiredIncidentsAdvancingTheClock(slow, clock, Duration.ZERO) {
      @Override
      public int delete(List<ExpiredIncident> batch, Instant cutoff) {
        rival.set(runs.claim(new RetentionRuns.Claim("rival", clock.instant(), clock.instant().plus(LEASE), Optional.empty())));
        return super.delete(batch, cutoff);
      }
    };

    RetentionRun run = cleanup(2, watched).runAtStartup().orElseThrow();

    assertThat(run.incidentsDeleted()).isEqualTo(6);
    assertThat(run.errors()).isEmpty();
    assertThat(rival.get()).isEmpty();
    assertThat(runs.leaseOwner()).isNull();
  }

  @Test
  void aRunWhoseLeaseWasTakenOver_stopsAndRecordsWhy() {
    for (int i = 0; i < 4; i++) {
      finished(IncidentStatus.COMPLETED, daysAgo(100 + i), 1);
    }
    ExpiredIncidents hijacked = new ExpiredIncidentsAdvancingTheClock(incidents, clock, Duration.ZERO) {
      @Override
      public int delete(List<ExpiredIncident> batch, Instant cutoff) {
        clock.advance(LEASE.plusSeconds(1));
        runs.claim(new RetentionRuns.Claim("rival", clock.instant(), clock.instant().plus(LEASE), Optional.empty()));
        return super.delete(batch, cutoff);
      }
    };

    RetentionRun run = cleanup(2, hijacked).runAtStartup().orElseThrow();

    assertThat(run.incidentsDeleted()).isEqualTo(2);
    assertThat(run.errors()).containsExactly("Cleanup stopped: its lease expired and was taken over by another process");
    assertThat(runs.leaseOwner()).isEqualTo("rival");
  }

  @Test
  void aStoreFailure_endsTheRun_recordedWithoutStoreDetails() {
    finished(IncidentStatus.COMPLETED, daysAgo(100), 10);
    incidents.failNextDelete(new IllegalStateException("SELECT secret FROM somewhere"));

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run.finishedAt()).isEqualTo(T0);
    assertThat(run.bytesFreed()).isEqualTo(10);
    assertThat(run.errors()).containsExactly("Cleanup failed (IllegalStateException); see the server log");
    assertThat(runs.leaseOwner()).isNull();
  }

  @Test
  void errors_areCappedAtAHundred_plusACount() {
    for (int i = 0; i < 105; i++) {
      IncidentId id = incidents.add(IncidentStatus.COMPLETED, daysAgo(100));
      dirs.add(id.toString(), daysAgo(100), 1, InMemoryIncidentDirectories.Kind.OUTSIDE);
    }

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run.errors()).hasSize(101).last().isEqualTo("5 more error(s) not listed");
  }

  @Test
  void afterStop_noRunStarts() {
    CleanUpExpiredIncidents cleanup = cleanup(500);
    cleanup.stop();

    assertThat(cleanup.runAtStartup()).isEmpty();
    assertThat(runs.all()).isEmpty();
  }

  @Test
  void aRun_deletesAlertLockRowsOlderThanADay_inBatches_andKeepsYoungerAndHeldOnes() {
    for (int i = 0; i < 7; i++) {
      locks.add("fp:old-" + i, daysAgo(1).minusMillis(1));
    }
    locks.add("fp:young", daysAgo(1).plusSeconds(1));
    locks.add("fp:held", daysAgo(30));
    locks.hold("fp:held");

    RetentionRun run = cleanup(3).runAtStartup().orElseThrow();

    assertThat(run.errors()).isEmpty();
    assertThat(locks.batches).containsExactly(3, 3, 1);
    for (int i = 0; i < 7; i++) {
      assertThat(locks.contains("fp:old-" + i)).isFalse();
    }
    assertThat(locks.contains("fp:young")).isTrue();
    assertThat(locks.contains("fp:held")).isTrue();
  }

  @Test
  void whileRetentionIsDisabled_staleAlertLockRowsAreStillDeleted_theyAreNoRetentionData() {
    settings.set(new RetentionSettings(false, 1, 6));
    locks.add("sf:old", daysAgo(2));

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run).isEqualTo(new RetentionRun(T0, T0, 0, 0, 0, List.of()));
    assertThat(locks.contains("sf:old")).isFalse();
  }

  @Test
  void aFailingLockSweep_isRecordedAsAnError_afterTheIncidentsWereDeleted() {
    IncidentId old = finished(IncidentStatus.COMPLETED, daysAgo(100), 5);
    locks.failWith(new IllegalStateException("select ... from alert_locks failed"));

    RetentionRun run = cleanup(500).runAtStartup().orElseThrow();

    assertThat(run.incidentsDeleted()).isEqualTo(1);
    assertThat(incidents.contains(old)).isFalse();
    assertThat(run.errors()).containsExactly("Cleanup failed (IllegalStateException); see the server log");
    assertThat(runs.leaseOwner()).isNull();
  }

  @Test
  void aLongLockSweep_goesOnBatchByBatch_andStopsWhenItsLeaseWasTakenOver() {
    for (int i = 0; i < 10; i++) {
      locks.add("fp:" + i, daysAgo(3));
    }
    StaleAlertLocks slow = (before, limit) -> {
      clock.advance(LEASE.dividedBy(2));
      return locks.deleteCreatedBefore(before, limit);
    };
    CleanUpExpiredIncidents cleanup = new CleanUpExpiredIncidents(
        new CleanUpExpiredIncidents.Ports(runs, incidents, dirs, slow, settings::get),
        new RetentionTimings(LEASE, Duration.ofMinutes(1), 2), "me", clock);

    RetentionRun first = cleanup.runAtStartup().orElseThrow();
    assertThat(first.errors()).isEmpty();
    assertThat(locks.batches).containsExactly(2, 2, 2, 2, 2, 0);

    for (int i = 0; i < 10; i++) {
      locks.add("fp:again-" + i, daysAgo(3));
    }
    StaleAlertLocks stolen = (before, limit) -> {
      clock.advance(LEASE.plusSeconds(1));
      runs.claim(new RetentionRuns.Claim("rival", clock.instant(), clock.instant().plus(LEASE), Optional.empty()));
      return locks.deleteCreatedBefore(before, limit);
    };
    RetentionRun second = new CleanUpExpiredIncidents(
        new CleanUpExpiredIncidents.Ports(runs, incidents, dirs, stolen, settings::get),
        new RetentionTimings(LEASE, Duration.ofMinutes(1), 2), "me", clock).runAtStartup().orElseThrow();
    assertThat(second.errors())
        .containsExactly("Cleanup stopped: its lease expired and was taken over by another process");
    assertThat(locks.contains("fp:again-9")).isTrue();
    assertThat(runs.leaseOwner()).isEqualTo("rival");
  }
}
