package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.DaemonThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads every run of a process shares (ADR 0024): one bounded pool for the runs' blocking
 * calls (model, functions, MCP listings) and one timer thread for their deadlines. Before, each run
 * started its own call pool and timer thread, so 200 runs meant 400–800 threads created and torn
 * down; now the number of threads is bounded by {@code maxCallThreads} + 1 whatever the load.
 *
 * <p>Idle call threads end after {@link #IDLE_SECONDS}, so an idle process keeps none. When every
 * call thread is busy (calls that ignore their cancellation keep theirs), further calls wait in
 * the queue; a waiting run still stops at once on its signal, because it waits for its result or
 * its signal, never for a thread. Timer actions only fire signals, so one timer thread suffices.
 */
public final class AgentThreads implements AutoCloseable {
  /** How long an idle call thread is kept. */
  static final long IDLE_SECONDS = 30;
  /** Call threads beyond one per run. */
  static final int HEADROOM = 16;

  private static final class Default {
    static final AgentThreads INSTANCE = new AgentThreads("akmatori-agent", 256);
  }

  private final ThreadPoolExecutor calls;
  private final ScheduledThreadPoolExecutor timers;

  /** At most {@code maxCallThreads} call threads and one timer thread, named after {@code name}. */
  public AgentThreads(String name, int maxCallThreads) {
    if (maxCallThreads < 1) {
      throw new IllegalArgumentException("maxCallThreads must be at least 1");
    }
    this.calls =
        new ThreadPoolExecutor(
            maxCallThreads, maxCallThreads, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            DaemonThreads.named(name + "-call-"));
    calls.allowCoreThreadTimeOut(true);
    this.timers = new ScheduledThreadPoolExecutor(1, DaemonThreads.named(name + "-timer-"));
    timers.setRemoveOnCancelPolicy(true); // a run's 60-minute deadline must not stay queued after the run
    timers.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
    timers.allowCoreThreadTimeOut(true);
  }

  /**
   * The threads of loops built without their own (tests, embedding): one process-wide set of at
   * most 256 call threads, never closed, whose idle threads end on their own.
   */
  public static AgentThreads shared() {
    return Default.INSTANCE;
  }

  /**
   * One call thread per run that may be in progress (a run has one call in flight at a time), plus
   * {@value #HEADROOM} for MCP listings in parallel and calls abandoned by their runs.
   */
  public static AgentThreads forRuns(int maxConcurrentRuns) {
    return new AgentThreads("akmatori-agent", maxConcurrentRuns + HEADROOM);
  }

  ExecutorService calls() {
    return calls;
  }

  ScheduledExecutorService timers() {
    return timers;
  }

  /** Stops both pools and interrupts what still runs; for the end of the process's runs. */
  @Override
  public void close() {
    timers.shutdownNow();
    calls.shutdownNow();
  }
}
