package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run of an incident in this process: its lease, signals and end state. The run thread, the
 * heartbeat and shutdown share it; {@link #settle()} lets exactly one of them write the end.
 */
final class RunSession {
  private final Incident incident;
  private final Instant startedAt;
  private final Signal cancel = new Signal();
  private final Signal shutdown = new Signal();
  private final AtomicBoolean settled = new AtomicBoolean();
  private final AtomicBoolean cancelObserved = new AtomicBoolean();
  private volatile boolean lost;
  private volatile Instant lastRenewal;
  private volatile Future<?> future;
  private volatile JournalWriter.RunLog log;

  RunSession(Incident incident, Instant startedAt) {
    this.incident = incident;
    this.startedAt = startedAt;
    this.lastRenewal = startedAt;
  }

  Incident incident() {
    return incident;
  }

  IncidentId id() {
    return incident.uuid();
  }

  Instant startedAt() {
    return startedAt;
  }

  Signal cancel() {
    return cancel;
  }

  Signal shutdown() {
    return shutdown;
  }

  /** {@code execution_time_ms} so far: earlier runs plus this one's wall time. */
  long executionTime(Instant now) {
    return incident.executionTimeMs() + Math.max(0, Duration.between(startedAt, now).toMillis());
  }

  /** True for the one caller that may write how the run ended. */
  boolean settle() {
    return settled.compareAndSet(false, true);
  }

  boolean isSettled() {
    return settled.get();
  }

  /** True the first time: the cancellation flag was seen. */
  boolean observeCancel() {
    return cancelObserved.compareAndSet(false, true);
  }

  boolean cancelObserved() {
    return cancelObserved.get();
  }

  /** The lease is gone: the run must stop and write nothing more. */
  void markLost() {
    lost = true;
  }

  boolean isLost() {
    return lost;
  }

  void renewed(Instant at) {
    lastRenewal = at;
  }

  Instant lastRenewal() {
    return lastRenewal;
  }

  /** The run's journal log; set once at launch, before the run starts. */
  void attachLog(JournalWriter.RunLog runLog) {
    log = runLog;
  }

  JournalWriter.RunLog log() {
    return log;
  }

  /**
   * Waits (at most {@code max}) until everything the run recorded is committed, then closes its log
   * so that nothing it records later is written: the end of the run comes after its events.
   */
  void closeLog(Duration max) {
    JournalWriter.RunLog l = log;
    if (l != null) {
      l.close(max);
    }
  }

  void attach(Future<?> running) {
    future = running;
  }

  /** Interrupts the run thread, for a run that ignores its signals. */
  void interrupt() {
    Future<?> f = future;
    if (f != null) {
      f.cancel(true);
    }
  }
}
