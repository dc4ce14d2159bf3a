package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The calls of one run on the process's shared {@link AgentThreads}: blocking calls (model,
 * functions, MCP listings) run on a call thread while the loop waits for either their result or a
 * signal, so a call that ignores its cancellation still cannot hold the run; deadlines fire on the
 * shared timer thread. The run's own tasks and timers are tracked, so that closing interrupts the
 * calls still running (also those the loop has given up on) and cancels its timers, as the run's
 * own threads did before (ADR 0024). Calls submitted after closing are rejected.
 */
final class RunThreads implements AutoCloseable {
  private final AgentThreads shared;
  private final Set<Future<?>> tasks = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  RunThreads(AgentThreads shared) {
    this.shared = shared;
  }

  /** Runs work on the shared call threads as this run's (MCP listings use it). */
  Executor executor() {
    return this::submit;
  }

  /**
   * Runs {@code work} on a call thread and waits for it, or until {@code signal} fires.
   *
   * @throws CancellationException when the signal fired first (the work is abandoned, and is
   *     expected to stop on its own cancellation)
   * @throws InterruptedException when the waiting thread was interrupted
   */
  <T> T await(Supplier<T> work, CancellationSignal signal) throws InterruptedException {
    CompletableFuture<T> result = new CompletableFuture<>();
    Cancellation.Registration detach =
        signal.onCancel(() -> result.completeExceptionally(new CancellationException()));
    try {
      submit(() -> {
        if (result.isDone()) {
          return; // the signal fired while the call was queued: never start it
        }
        try {
          result.complete(work.get());
        } catch (Throwable t) {
          result.completeExceptionally(t);
        }
      });
      return result.get();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      detach.close();
    }
  }

  /** Runs {@code action} after {@code delay} on the shared timer thread; the returned handle cancels it. */
  Runnable schedule(Runnable action, Duration delay) {
    if (closed) {
      throw new RejectedExecutionException("the run has ended");
    }
    FutureTask<Void> task = tracked(action);
    tasks.add(task);
    ScheduledFuture<?> timer = shared.timers().schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    // The timer's own future too: cancelling only the task would leave the entry queued until its delay.
    tasks.add(timer);
    if (closed) { // closed meanwhile: close() may not have seen the timer
      timer.cancel(false);
      tasks.remove(timer);
    }
    return () -> {
      timer.cancel(false);
      tasks.remove(task);
      tasks.remove(timer);
    };
  }

  /** Interrupts the run's calls still running, drops its queued ones and cancels its timers. */
  @Override
  public void close() {
    closed = true;
    for (Future<?> task : tasks) {
      task.cancel(true);
    }
    tasks.clear();
  }

  private void submit(Runnable work) {
    if (closed) {
      throw new RejectedExecutionException("the run has ended");
    }
    FutureTask<Void> task = tracked(work);
    tasks.add(task);
    if (closed) { // closed meanwhile: close() may not have seen the task
      task.cancel(true);
      tasks.remove(task);
      throw new RejectedExecutionException("the run has ended");
    }
    try {
      shared.calls().execute(task);
    } catch (RejectedExecutionException e) {
      tasks.remove(task);
      throw e;
    }
  }

  /** A task that leaves the run's set when it ends, however it ends. */
  private FutureTask<Void> tracked(Runnable work) {
    return new FutureTask<>(work, null) {
      @Override
      protected void done() {
        tasks.remove(this);
      }
    };
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    throw new IllegalStateException(cause);
  }
}
