package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads of one run: blocking calls (model, functions, MCP listings) run on worker threads
 * while the loop waits for either their result or a signal, so a call that ignores its cancellation
 * still cannot hold the run; one timer thread fires deadlines. Closing interrupts what is left.
 */
final class RunThreads implements AutoCloseable {
  private final ExecutorService calls;
  private final ScheduledExecutorService timers;

  RunThreads(String name) {
    this.calls = Executors.newCachedThreadPool(daemons(name + "-call-"));
    this.timers = Executors.newSingleThreadScheduledExecutor(daemons(name + "-timer-"));
  }

  ExecutorService executor() {
    return calls;
  }

  /**
   * Runs {@code work} on a worker thread and waits for it, or until {@code signal} fires.
   *
   * @throws CancellationException when the signal fired first (the work is abandoned, and is
   *     expected to stop on its own cancellation)
   * @throws InterruptedException when the waiting thread was interrupted
   */
  <T> T await(Supplier<T> work, CancellationSignal signal) throws InterruptedException {
    CompletableFuture<T> result = CompletableFuture.supplyAsync(work, calls);
    Cancellation.Registration detach =
        signal.onCancel(() -> result.completeExceptionally(new CancellationException()));
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      detach.close();
    }
  }

  /** Runs {@code action} after {@code delay}; the returned handle cancels it. */
  Runnable schedule(Runnable action, Duration delay) {
    ScheduledFuture<?> future =
        timers.schedule(action, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public void close() {
    timers.shutdownNow();
    calls.shutdownNow();
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

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
