package dev.akmatori.application.investigation.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.CancellationSignal;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A run's calls on the shared threads: results, signals, a full pool, and what closing the run stops. */
class RunThreadsTest {
  private final AgentThreads shared = new AgentThreads("test-agent", 1);

  @AfterEach
  void close() {
    shared.close();
  }

  @Test
  void returnsTheResultAndRethrowsTheCallsException() throws Exception {
    try (RunThreads run = new RunThreads(shared)) {
      assertThat(run.await(() -> "done", new CancellationSignal())).isEqualTo("done");
      assertThatThrownBy(() -> run.await(() -> {
        throw new IllegalArgumentException("bad");
      }, new CancellationSignal())).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
    }
  }

  @Test
  void aSignalEndsTheWaitWhileTheCallIgnoresIt_andClosingTheRunInterruptsTheCall() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    CancellationSignal signal = new CancellationSignal();
    RunThreads run = new RunThreads(shared);
    new Thread(() -> awaitQuietly(started, signal)).start();
    assertThatThrownBy(() -> run.await(() -> {
      started.countDown();
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
          return "interrupted";
        }
      }
    }, signal)).isInstanceOf(CancellationException.class);
    assertThat(interrupted.getCount()).as("still running after the wait ended").isEqualTo(1);
    run.close();
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("interrupted by close").isTrue();
  }

  @Test
  void aCallQueuedBehindABusyPoolStopsOnItsSignal_andNeverStarts() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean secondStarted = new AtomicBoolean();
    try (RunThreads first = new RunThreads(shared); RunThreads second = new RunThreads(shared)) {
      first.executor().execute(() -> awaitQuietly(release));
      CancellationSignal signal = new CancellationSignal();
      Runnable timer = second.schedule(signal::cancel, Duration.ofMillis(50));
      assertThatThrownBy(() -> second.await(() -> secondStarted.getAndSet(true), signal))
          .isInstanceOf(CancellationException.class);
      timer.run();
      release.countDown();
      assertThat(first.await(() -> "pool free again", new CancellationSignal())).isEqualTo("pool free again");
      assertThat(secondStarted).isFalse();
    }
  }

  @Test
  void closingCancelsTheRunsTimers_andRejectsNewCalls() throws Exception {
    AtomicBoolean fired = new AtomicBoolean();
    RunThreads run = new RunThreads(shared);
    run.schedule(() -> fired.set(true), Duration.ofMillis(100));
    run.schedule(() -> fired.set(true), Duration.ofHours(1)); // a run's deadline
    run.close();
    assertThat(((java.util.concurrent.ScheduledThreadPoolExecutor) shared.timers()).getQueue())
        .as("no timer of the closed run stays queued").isEmpty();
    Thread.sleep(300);
    assertThat(fired).isFalse();
    assertThatThrownBy(() -> run.await(() -> "late", new CancellationSignal())).isInstanceOf(RejectedExecutionException.class);
    assertThatThrownBy(() -> run.schedule(() -> {}, Duration.ZERO)).isInstanceOf(RejectedExecutionException.class);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitQuietly(CountDownLatch started, CancellationSignal signal) {
    awaitQuietly(started);
    signal.cancel();
  }
}
