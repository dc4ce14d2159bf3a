package dev.akmatori.application.investigation;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claiming thread: takes a free slot (and, without waiting, up to {@code maxBatch - 1} more),
 * asks for that many incidents in one claim (ADR 0024), and when it got fewer than it asked for
 * waits for a wake-up or the poll interval. A started run keeps its slot until it ends; the slots
 * of what was not started go back at once.
 */
final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  /** What one attempt did with the slots it was given. */
  record Result(int started, boolean handled) {
    /** Nothing is pending. */
    static final Result IDLE = new Result(0, false);
    /** An incident was handled without a run (failed at start): try again at once. */
    static final Result HANDLED = new Result(0, true);

    /** {@code n} runs started, each holding one of the slots. */
    static Result started(int n) {
      return new Result(n, false);
    }
  }

  private final long pollMillis;
  private final Semaphore slots;
  private final int maxBatch;
  private final IntFunction<Result> next;
  private final Thread thread;
  private final Object lock = new Object();
  private boolean woken;
  private volatile boolean stopping;

  /** {@code next} gets the number of slots held for it (1 to {@code maxBatch}) and starts at most that many runs. */
  Dispatcher(Duration poll, Semaphore slots, int maxBatch, IntFunction<Result> next) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1");
    }
    this.pollMillis = poll.toMillis();
    this.slots = slots;
    this.maxBatch = maxBatch;
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
          attempt(1 + moreSlots());
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Up to {@code maxBatch - 1} further free slots, taken without waiting. */
  private int moreSlots() {
    int more = 0;
    while (more < maxBatch - 1 && slots.tryAcquire()) {
      more++;
    }
    return more;
  }

  private void attempt(int held) throws InterruptedException {
    Result result = Result.IDLE;
    try {
      result = next.apply(held);
    } catch (RuntimeException e) {
      LOG.warn("Could not claim an investigation: {}", e.toString());
    } finally {
      slots.release(held - result.started());
    }
    if (!result.handled() && result.started() < held) {
      awaitWake(); // fewer were pending than there were free slots
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
