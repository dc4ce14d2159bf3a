package dev.akmatori.application.retention;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the cleanup runs in this process (contract §3.10.5, §7): once at startup, before the server
 * listens, then on one daemon thread that asks every {@code check} whether a pass is due. Whether
 * one is due is decided in the database from the last pass of any process and the interval read at
 * that moment, so replicas share one schedule and a changed interval applies without a restart.
 */
public final class RetentionScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionScheduler.class);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

  private final CleanUpExpiredIncidents cleanup;
  private final Duration check;
  private final ScheduledExecutorService timer;

  public RetentionScheduler(CleanUpExpiredIncidents cleanup, Duration check) {
    this.cleanup = cleanup;
    this.check = check;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "akmatori-retention");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * The startup run, to completion on the calling thread. A failure is logged and does not stop
   * the server from starting; a run skipped because another process's run is in progress is logged.
   */
  public void runAtStartup() {
    try {
      if (cleanup.runAtStartup().isEmpty()) {
        LOG.info("Startup retention cleanup skipped: another process's cleanup run is in progress");
      }
    } catch (RuntimeException e) {
      LOG.warn("Startup retention cleanup failed", e);
    }
  }

  /** Starts the periodic checks. */
  public void start() {
    long millis = check.toMillis();
    timer.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** One scheduling decision: runs a pass when one is due. Never throws (the timer must survive). */
  public void tick() {
    try {
      cleanup.runIfDue();
    } catch (RuntimeException e) {
      LOG.warn("Scheduled retention cleanup failed", e);
    }
  }

  /** Stops the checks; a run in progress stops at its next step and records why. */
  @Override
  public void close() {
    cleanup.stop();
    timer.shutdown();
    try {
      if (!timer.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("The retention cleanup did not stop in time");
        timer.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      timer.shutdownNow();
    }
  }
}
