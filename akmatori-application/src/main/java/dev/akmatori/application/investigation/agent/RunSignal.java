package dev.akmatori.application.investigation.agent;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.model.Cancellation;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run-wide stop signal: fires on the incident's cancellation, on shutdown and at the wall-time
 * deadline (a timer, or the clock read between steps), remembering which came first. Every model
 * and function call of the run listens to it, so any of the three interrupts a call in flight.
 */
final class RunSignal {
  private final CancellationSignal signal = new CancellationSignal();
  private final AtomicReference<StopReason> reason = new AtomicReference<>();
  private final Clock clock;
  private final Instant deadline;
  private final Cancellation cancellation;
  private final Cancellation shutdown;

  RunSignal(Clock clock, Instant deadline, Cancellation cancellation, Cancellation shutdown) {
    this.clock = clock;
    this.deadline = deadline;
    this.cancellation = cancellation;
    this.shutdown = shutdown;
    cancellation.onCancel(() -> stop(StopReason.CANCELLED));
    shutdown.onCancel(() -> stop(StopReason.SHUTDOWN));
  }

  /** Fires the signal for {@code why}, unless another reason came first. */
  void stop(StopReason why) {
    reason.compareAndSet(null, why);
    signal.cancel();
  }

  /** What calls listen to. */
  CancellationSignal cancellation() {
    return signal;
  }

  Optional<StopReason> reason() {
    return Optional.ofNullable(reason.get());
  }

  Instant deadline() {
    return deadline;
  }

  /** Throws {@link RunStopped} when a stop signal fired or the deadline has passed on the clock. */
  void check() {
    if (cancellation.isCancelled()) {
      stop(StopReason.CANCELLED);
    } else if (shutdown.isCancelled()) {
      stop(StopReason.SHUTDOWN);
    } else if (!clock.instant().isBefore(deadline)) {
      stop(StopReason.TIMED_OUT);
    }
    StopReason why = reason.get();
    if (why != null) {
      throw new RunStopped(why);
    }
  }
}
