package dev.akmatori.application.investigation;

import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.incident.IncidentId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted fake of the agent loop: each run calls {@code script} with the run, its recorder and
 * its signals. Records which incidents started, in order, and how many run at once.
 */
public final class ScriptedInvestigation implements RunInvestigation {
  /** What one run does. */
  @FunctionalInterface
  public interface Script {
    RunOutcome run(Call call) throws InterruptedException;
  }

  /** One run as the script sees it. */
  public record Call(InvestigationRun run, RunRecorder recorder, Cancellation cancellation, Cancellation shutdown) {
    /** Waits until {@code signal} fires or the timeout passes; true when it fired. */
    public boolean await(Cancellation signal, long millis) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
      while (!signal.isCancelled() && System.nanoTime() < end) {
        Thread.sleep(5);
      }
      return signal.isCancelled();
    }
  }

  private volatile Script script;
  private final List<IncidentId> started = new ArrayList<>();
  private final BlockingQueue<IncidentId> startedQueue = new LinkedBlockingQueue<>();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger maxRunning = new AtomicInteger();

  public ScriptedInvestigation(Script script) {
    this.script = script;
  }

  /** A loop that answers every run with {@code response} at once. */
  public static ScriptedInvestigation answering(String response) {
    return new ScriptedInvestigation(call -> RunOutcome.completed(response, 1, 10));
  }

  public void script(Script next) {
    this.script = next;
  }

  @Override
  public RunOutcome run(InvestigationRun run, RunRecorder recorder, Cancellation cancellation, Cancellation shutdown) {
    synchronized (started) {
      started.add(run.incident());
    }
    startedQueue.add(run.incident());
    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      return script.run(new Call(run, recorder, cancellation, shutdown));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RunOutcome.interrupted(0, 0);
    } finally {
      running.decrementAndGet();
    }
  }

  /** The next incident to start, waiting up to {@code millis}; null when none started. */
  public IncidentId nextStart(long millis) throws InterruptedException {
    return startedQueue.poll(millis, TimeUnit.MILLISECONDS);
  }

  public List<IncidentId> started() {
    synchronized (started) {
      return List.copyOf(started);
    }
  }

  public int maxRunningAtOnce() {
    return maxRunning.get();
  }

  public int runningNow() {
    return running.get();
  }
}
