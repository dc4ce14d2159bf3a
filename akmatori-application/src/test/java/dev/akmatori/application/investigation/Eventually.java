package dev.akmatori.application.investigation;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds, failing the test after a bounded wait. */
public final class Eventually {
  private Eventually() {}

  /** Returns how long it took; throws an {@link AssertionError} naming {@code what} on timeout. */
  public static Duration until(String what, Duration timeout, BooleanSupplier condition) {
    long start = System.nanoTime();
    long end = start + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for: " + what, e);
      }
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
