package dev.akmatori.adapter.llm.tool.ssh;

import dev.akmatori.application.model.Cancellation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs one operation on its targets in parallel (at most {@link #MAX_PARALLEL} at once) and
 * assembles {@code {"results": […], "summary": {total, succeeded, failed}}} in target order. On
 * cancellation every open connection is closed, which ends its command, and the call throws.
 */
final class SshCall {
  static final int MAX_PARALLEL = 16;
  private static final AtomicInteger CALLS = new AtomicInteger();

  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cancelled;

  Map<String, Object> run(List<Target> targets, HostRunFactory runs, Cancellation cancellation) {
    if (cancellation.isCancelled()) {
      throw new CancellationException("ssh call cancelled before it started");
    }
    String name = "ssh-" + CALLS.incrementAndGet();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(MAX_PARALLEL, targets.size()), daemon(name));
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon(name + "-timer"));
    Cancellation.Registration abort = Cancellation.Registration.NONE;
    try {
      HostRun run = runs.create(timer, this::track);
      abort = cancellation.onCancel(this::cancel);
      List<Future<HostResult>> futures = new ArrayList<>();
      for (Target target : targets) {
        futures.add(pool.submit(() -> run.run(target)));
      }
      List<HostResult> results = new ArrayList<>();
      for (Future<HostResult> future : futures) {
        results.add(future.get());
      }
      if (cancelled || cancellation.isCancelled()) {
        throw new CancellationException("ssh call cancelled");
      }
      return shape(results);
    } catch (InterruptedException e) {
      cancel();
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for ssh hosts");
    } catch (ExecutionException e) {
      throw new IllegalStateException("an ssh host run failed unexpectedly", e.getCause());
    } finally {
      abort.close();
      pool.shutdownNow();
      timer.shutdownNow();
      open.forEach(Connection::close);
    }
  }

  /** Builds the host run of a call once its timer and connection tracker exist. */
  interface HostRunFactory {
    HostRun create(ScheduledExecutorService timer, Consumer<Connection> track);
  }

  private void track(Connection connection) {
    open.add(connection);
    if (cancelled) {
      connection.close();
    }
  }

  private void cancel() {
    cancelled = true;
    open.forEach(Connection::close);
  }

  private static Map<String, Object> shape(List<HostResult> results) {
    long succeeded = results.stream().filter(HostResult::success).count();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("total", results.size());
    summary.put("succeeded", (int) succeeded);
    summary.put("failed", results.size() - (int) succeeded);
    Map<String, Object> shaped = new LinkedHashMap<>();
    shaped.put("results", results.stream().map(HostResult::toMap).toList());
    shaped.put("summary", summary);
    return shaped;
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
