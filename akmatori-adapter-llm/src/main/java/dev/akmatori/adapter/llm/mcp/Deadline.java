package dev.akmatori.adapter.llm.mcp;

import java.time.Duration;

/**
 * A point in (monotonic) time by which an MCP operation must be over, with the budget it was set
 * from, so that every step of a connect-and-list or connect-and-call shares one limit and a
 * failure says {@code timed out after <budget>}.
 */
final class Deadline {
  private final long endNanos;
  private final Duration budget;

  private Deadline(long endNanos, Duration budget) {
    this.endNanos = endNanos;
    this.budget = budget;
  }

  static Deadline after(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos(), budget);
  }

  /** This deadline, or the one {@code max} from now when that comes first. */
  Deadline atMost(Duration max) {
    long capped = System.nanoTime() + max.toNanos();
    return capped - endNanos < 0 ? new Deadline(capped, max) : this;
  }

  /** Nanoseconds left, never negative. */
  long remainingNanos() {
    return Math.max(0, endNanos - System.nanoTime());
  }

  Duration remaining() {
    return Duration.ofNanos(remainingNanos());
  }

  /** {@code timed out after <budget>}. */
  String timedOut() {
    return Reasons.timedOut(budget);
  }
}
