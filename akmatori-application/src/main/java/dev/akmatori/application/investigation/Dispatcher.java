package dev.akmatori.application.investigation;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claiming thread: takes a free slot, asks for the next incident, and when there is none waits
 * for a wake-up or the poll interval. A started run keeps its slot until it ends.
 */
final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  /** What one attempt did. */
  enum Result {
    /** A run started and holds the slot. */
    STARTED,
    /** An incident was handled without a run (failed at start): try again at once. */
    HANDLED,
    /** Nothing is pending. */
    IDLE
  }

  private final long pollMillis;
  private final Semaphore slots;
  private final Supplier<Result> next;
  private final Thread thread;
  private final Object lock = new Object();
  private boolean woken;
  private volatile boolean stopping;

  Dispatcher(Duration poll, Semaphore slots, Supplier<Result> next) {
    this.pollMillis = poll.toMillis();
    this.slots = slots;
    this.next = next;
    this.thread = new Thread(this::loop, "akmatori-dispatcher");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  void wake() {
    synchronized (lock) {
      woken = true;
      lock.notifyAll();
    }
  }

  /** Stops claiming and waits briefly for an attempt in progress to finish. */
  void stop() {
    stopping = true;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop() {
    while (!stopping) {
      try {
        if (slots.tryAcquire(pollMillis, TimeUnit.MILLISECONDS)) {
          attempt();
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void attempt() throws InterruptedException {
    Result result = Result.IDLE;
    try {
      result = next.get();
    } catch (RuntimeException e) {
      LOG.warn("Could not claim an investigation: {}", e.toString());
    } finally {
      if (result != Result.STARTED) {
        slots.release();
      }
    }
    if (result == Result.IDLE) {
      awaitWake();
    }
  }

  private void awaitWake() throws InterruptedException {
    synchronized (lock) {
      if (!woken && !stopping) {
        lock.wait(pollMillis);
      }
      woken = false;
    }
  }
}
