package dev.akmatori.application.investigation;

import dev.akmatori.application.metrics.InvestigationMetrics;
import dev.akmatori.application.model.ActiveModelSettings;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The investigation workers of one process (contract §5.1): a dispatcher claims pending incidents
 * in creation order while a slot is free (woken in memory on create, else polling), each claimed
 * run goes to a pool of {@code maxConcurrent} threads, a timer thread renews leases and recovers
 * expired ones, and one journal thread commits what the runs record (group commit, ADR 0022).
 * {@link #close()} stops the runs and re-queues them without counting.
 */
public final class InvestigationWorkers implements InvestigationWakeUp, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InvestigationWorkers.class);
  /** How long the end of a run waits for its events to be committed. */
  private static final Duration JOURNAL_WAIT = Duration.ofSeconds(10);
  /** At most this many incidents are claimed in one transaction (ADR 0024). */
  private static final int CLAIM_BATCH = 32;
  /** How long the journal lets the runs' writes gather before a commit (ADR 0024). */
  private static final Duration JOURNAL_LINGER = Duration.ofMillis(5);
  /** The first retry delay of a failed journal write (doubling). */
  private static final Duration JOURNAL_BACKOFF = Duration.ofMillis(100);

  private final Ports ports;
  private final WorkerSettings settings;
  private final String owner;
  private final Clock clock;
  private final Semaphore slots;
  private final Map<IncidentId, RunSession> active = new ConcurrentHashMap<>();
  private final ExecutorService runs;
  private final ScheduledExecutorService timers;
  private final RunSettler settler;
  private final Heartbeats heartbeats;
  private final LeaseRecovery recovery;
  private final Dispatcher dispatcher;
  private final InvestigationMetrics metrics;
  private final JournalWriter journal;

  /**
   * The ports the workers use; {@code journal} takes the runs' events and model calls, {@code loop}
   * is the agent loop, {@code models} the active provider.
   */
  public record Ports(
      InvestigationQueue queue,
      RunJournal journal,
      IncidentWorkspace workspace,
      RunInvestigation loop,
      ActiveModelSettings models) {
    public Ports {
      Objects.requireNonNull(queue, "queue");
      Objects.requireNonNull(journal, "journal");
      Objects.requireNonNull(workspace, "workspace");
      Objects.requireNonNull(loop, "loop");
      Objects.requireNonNull(models, "models");
    }
  }

  /** {@code owner} names this process in leases; it must be unique among live processes. */
  public InvestigationWorkers(Ports ports, WorkerSettings settings, String owner, Clock clock) {
    this(ports, settings, owner, clock, InvestigationMetrics.NONE);
  }

  /** As above, telling {@code metrics} when each run starts on its thread and when it is over. */
  public InvestigationWorkers(
      Ports ports, WorkerSettings settings, String owner, Clock clock, InvestigationMetrics metrics) {
    this.ports = ports;
    this.metrics = metrics;
    this.settings = settings;
    this.owner = owner;
    this.clock = clock;
    this.slots = new Semaphore(settings.maxConcurrent());
    this.runs = Executors.newFixedThreadPool(settings.maxConcurrent(), DaemonThreads.named("akmatori-investigation-"));
    this.timers = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("akmatori-leases-"));
    this.journal = new JournalWriter(ports.journal(), JOURNAL_BACKOFF, JOURNAL_LINGER);
    this.settler = new RunSettler(ports.queue(), owner, clock, JOURNAL_WAIT);
    this.heartbeats = new Heartbeats(ports.queue(), settler, owner, settings, clock, timers);
    this.recovery = new LeaseRecovery(ports.queue(), clock);
    this.dispatcher = new Dispatcher(settings.pollInterval(), slots, CLAIM_BATCH, this::startNext);
  }

  /** Starts claiming, heartbeats and the periodic recovery. */
  public void start() {
    long beat = settings.heartbeatInterval().toMillis();
    long sweep = settings.recoveryInterval().toMillis();
    timers.scheduleWithFixedDelay(() -> quietly("heartbeat", () -> heartbeats.beat(active.values())), beat, beat, TimeUnit.MILLISECONDS);
    timers.scheduleWithFixedDelay(() -> quietly("recovery", this::recoverExpiredLeases), sweep, sweep, TimeUnit.MILLISECONDS);
    dispatcher.start();
    LOG.info("Investigation workers started: {} at once, owner {}", settings.maxConcurrent(), owner);
  }

  @Override
  public void queued() {
    dispatcher.wake();
  }

  /** Takes back every incident whose lease has expired; returns how many. */
  public int recoverExpiredLeases() {
    return recovered(recovery.recover(clock.instant()));
  }

  /**
   * Takes back every running incident, expired or not: only for a database this process alone can
   * open (embedded H2), at startup before any run, when every lease left belongs to a dead process.
   */
  public int recoverAllLeases() {
    return recovered(recovery.recover(clock.instant().plus(Duration.ofDays(3650))));
  }

  /** How many runs are in progress in this process. */
  public int activeRuns() {
    return active.size();
  }

  private int recovered(int count) {
    if (count > 0) {
      queued();
    }
    return count;
  }

  /** Claims up to {@code free} pending incidents in one transaction and starts a run for each. */
  private Dispatcher.Result startNext(int free) {
    ActiveModelSettings.ActiveModel model = ports.models().active();
    Instant now = clock.instant();
    if (!model.configured()) {
      Optional<IncidentId> failed = ports.queue().failNext(model.notConfiguredError(), now);
      failed.ifPresent(id -> LOG.warn("Investigation {} failed: {}", id, model.notConfiguredError()));
      return failed.isPresent() ? Dispatcher.Result.HANDLED : Dispatcher.Result.IDLE;
    }
    List<Incident> claimed = ports.queue().claimBatch(owner, free, now.plus(settings.leaseTtl()), now);
    int started = 0;
    for (Incident incident : claimed) {
      if (launch(new RunSession(incident, now))) {
        started++;
      }
    }
    return Dispatcher.Result.started(started);
  }

  /** Starts the run on a worker thread; false (the incident re-queued) when the workers are stopping. */
  private boolean launch(RunSession session) {
    LOG.info("Investigation {} started", session.id());
    session.attachLog(journal.open(session.id(), session::isLost));
    active.put(session.id(), session);
    RunTask task = new RunTask(session, ports, settings, settler, clock, () -> finished(session));
    try {
      // Started on the run's thread and ended in its finally: a run that never ran is never counted.
      session.attach(runs.submit(() -> {
        metrics.started();
        task.run();
      }));
      return true;
    } catch (RejectedExecutionException stopping) {
      active.remove(session.id(), session);
      quietly("re-queue", () -> settler.settle(session, RunOutcome.interrupted(0, 0)));
      return false;
    }
  }

  private void finished(RunSession session) {
    active.remove(session.id(), session);
    slots.release();
    metrics.ended(Duration.between(session.startedAt(), clock.instant()));
  }

  /** Stops claiming, fires every run's shutdown signal, waits, then re-queues what is left. */
  @Override
  public void close() {
    dispatcher.stop();
    active.values().forEach(s -> s.shutdown().fire());
    runs.shutdown();
    try {
      if (!runs.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("{} investigation(s) did not stop in time; re-queueing them", active.size());
        active.values().forEach(s -> quietly("re-queue", () -> settler.settle(s, RunOutcome.interrupted(0, 0))));
        runs.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      journal.close(JOURNAL_WAIT);
      timers.shutdownNow();
    }
    LOG.info("Investigation workers stopped");
  }

  private static void quietly(String what, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.warn("Investigation {} failed: {}", what, e.toString());
    }
  }
}
