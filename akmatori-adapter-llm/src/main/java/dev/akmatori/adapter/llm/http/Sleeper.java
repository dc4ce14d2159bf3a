package dev.akmatori.adapter.llm.http;

import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits between retries; injectable so tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits {@code duration}, or less when {@code cancellation} fires first (the caller checks it).
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration, Cancellation cancellation) throws InterruptedException;

  /** The real sleeper: a latch that the cancellation releases early. */
  static Sleeper cancellable() {
    return (duration, cancellation) -> {
      CountDownLatch latch = new CountDownLatch(1);
      Cancellation.Registration wake = cancellation.onCancel(latch::countDown);
      try {
        latch.await(duration.toNanos(), TimeUnit.NANOSECONDS);
      } finally {
        wake.close();
      }
    };
  }
}
