package dev.akmatori.app;

import dev.akmatori.adapter.persistence.FileIncidentDirectories;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.retention.CleanUpExpiredIncidents;
import dev.akmatori.application.retention.LastCleanupRun;
import dev.akmatori.application.retention.RetentionScheduler;
import dev.akmatori.application.retention.RetentionTimings;
import dev.akmatori.application.settings.RuntimeSettings;
import java.time.Clock;

/**
 * The retention cleanup's part of the graph (contract §3.10.5, §7): the startup run, the scheduler's
 * daemon thread and the record of runs the settings API reads. Each run also deletes stale alert lock
 * rows (ADR 0026).
 */
final class RetentionWiring implements AutoCloseable {
  final LastCleanupRun lastRun;
  private final RetentionScheduler scheduler;

  private RetentionWiring(LastCleanupRun lastRun, RetentionScheduler scheduler) {
    this.lastRun = lastRun;
    this.scheduler = scheduler;
  }

  static RetentionWiring create(AppConfig config, PersistenceAdapter persistence, RuntimeSettings settings, Clock clock) {
    RetentionTimings timings = RetentionTimings.defaults();
    CleanUpExpiredIncidents cleanup =
        new CleanUpExpiredIncidents(
            new CleanUpExpiredIncidents.Ports(
                persistence.retentionRuns(),
                persistence.expiredIncidents(),
                new FileIncidentDirectories(config.dataDir().resolve("incidents")),
                persistence.staleAlertLocks(),
                settings::retention),
            timings,
            InvestigationWiring.ownerId(),
            clock);
    return new RetentionWiring(persistence.retentionRuns()::latest, new RetentionScheduler(cleanup, timings.check()));
  }

  /** The startup run, to completion, before the server listens. */
  void runAtStartup() {
    scheduler.runAtStartup();
  }

  /** Starts the periodic checks (after the server listens). */
  void start() {
    scheduler.start();
  }

  /** One scheduling decision now, as the scheduler's thread makes them (for tests of several replicas). */
  void tick() {
    scheduler.tick();
  }

  /** Stops the scheduler; a run in progress stops at its next step and is recorded as stopped. */
  @Override
  public void close() {
    scheduler.close();
  }
}
