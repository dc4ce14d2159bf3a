package dev.akmatori.adapter.llm.mcp;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Small helpers for the transport's reader threads and its messages. */
final class Threads {
  private static final int MAX_TEXT = 300;

  private Threads() {}

  /** Starts a daemon thread: readers must never keep the JVM alive. */
  static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Daemon threads named {@code <prefix>-<n>}, for executors that must never keep the JVM alive. */
  static ThreadFactory factory(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return body -> {
      Thread thread = new Thread(body, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Waits up to {@code wait} for {@code thread} (if any) to finish. */
  static void join(Thread thread, Duration wait) {
    if (thread == null) {
      return;
    }
    try {
      thread.join(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The exit code once the process has ended within {@code wait}. */
  static Optional<Integer> exitCode(Process process, Duration wait) {
    try {
      return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)
          ? Optional.of(process.exitValue())
          : Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** {@code text} cut to at most 300 characters, for logs and reasons. */
  static String abbreviate(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
  }
}
