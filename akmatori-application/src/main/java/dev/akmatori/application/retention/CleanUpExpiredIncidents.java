package dev.akmatori.application.retention;

import dev.akmatori.domain.retention.RetentionRun;
import dev.akmatori.domain.settings.RetentionSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention cleanup run (contract §3.10.5): claims the cleanup lease, records the run as
 * started, deletes what has expired (nothing while retention is disabled), deletes stale alert lock
 * rows (always: they are no retention data, ADR 0026) and records the outcome.
 * The settings are read at the start of every run, so a change applies from the next one. One run
 * at a time per process (the scheduler's thread, or startup before it exists).
 */
public final class CleanUpExpiredIncidents {
  private static final Logger LOG = LoggerFactory.getLogger(CleanUpExpiredIncidents.class);

  private final Ports ports;
  private final RetentionTimings timings;
  private final String owner;
  private final Clock clock;
  private volatile boolean stopping;

  /** The stores the cleanup reads and deletes from, and the current retention settings. */
  public record Ports(
      RetentionRuns runs,
      ExpiredIncidents incidents,
      IncidentDirectories directories,
      StaleAlertLocks alertLocks,
      Supplier<RetentionSettings> settings) {
    public Ports {
      Objects.requireNonNull(runs, "runs");
      Objects.requireNonNull(incidents, "incidents");
      Objects.requireNonNull(directories, "directories");
      Objects.requireNonNull(alertLocks, "alertLocks");
      Objects.requireNonNull(settings, "settings");
    }
  }

  /** {@code owner} names this process in the lease; it must be unique among live processes. */
  public CleanUpExpiredIncidents(Ports ports, RetentionTimings timings, String owner, Clock clock) {
    this.ports = ports;
    this.timings = timings;
    this.owner = owner;
    this.clock = clock;
  }

  /**
   * The startup run: runs unless another process's run is in progress (unexpired lease).
   *
   * @return the recorded run; empty when it was skipped
   */
  public Optional<RetentionRun> runAtStartup() {
    return run(ports.settings().get(), Optional.empty());
  }

  /**
   * A scheduled run: runs when the last pass of any process started at least {@code
   * cleanup_interval_hours} ago and no other run is in progress.
   *
   * @return the recorded run; empty when none was due or another process holds the lease
   */
  public Optional<RetentionRun> runIfDue() {
    RetentionSettings settings = ports.settings().get();
    return run(settings, Optional.of(clock.instant().minus(settings.cleanupInterval())));
  }

  /** Makes a run in progress stop at its next step (recording why), and every later run too. */
  public void stop() {
    stopping = true;
  }

  private Optional<RetentionRun> run(RetentionSettings settings, Optional<Instant> previousStartNotAfter) {
    if (stopping) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Long> runId =
        ports.runs().claim(new RetentionRuns.Claim(owner, now, now.plus(timings.lease()), previousStartNotAfter));
    if (runId.isEmpty()) {
      return Optional.empty();
    }
    RunTally tally = new RunTally(now);
    long locksDeleted = 0;
    try {
      LeaseKeeper lease = new LeaseKeeper(ports.runs(), owner, timings.lease(), clock, () -> stopping, now);
      if (settings.enabled()) {
        new CleanupPass(ports.incidents(), ports.directories(), timings.pageSize(), tally, lease)
            .run(now, settings.cutoff(now));
      }
      locksDeleted = new AlertLockSweep(ports.alertLocks(), timings.pageSize(), lease).run(now);
    } catch (LeaseKeeper.Stop e) {
      tally.error(e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("Retention cleanup failed", e);
      // Store messages can carry SQL; the record names the failure, the log has the rest.
      tally.error("Cleanup failed (" + e.getClass().getSimpleName() + "); see the server log");
    }
    RetentionRun outcome = tally.finish(clock.instant());
    ports.runs().finish(runId.get(), owner, outcome);
    log(outcome, settings);
    // Not part of the run record (the contract's fields are about incidents); the log keeps it.
    if (locksDeleted > 0) {
      LOG.info("Retention cleanup: {} stale alert lock row(s) deleted", locksDeleted);
    }
    return Optional.of(outcome);
  }

  private static void log(RetentionRun run, RetentionSettings settings) {
    if (!settings.enabled()) {
      LOG.info("Retention cleanup run recorded; retention is disabled, nothing deleted");
      return;
    }
    LOG.info(
        "Retention cleanup: {} incident(s) deleted, {} orphan director(ies) removed, {} bytes freed, {} error(s)",
        run.incidentsDeleted(), run.orphanDirsRemoved(), run.bytesFreed(), run.errors().size());
    run.errors().forEach(e -> LOG.warn("Retention cleanup: {}", e));
  }
}
