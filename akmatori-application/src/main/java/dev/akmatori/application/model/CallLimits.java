package dev.akmatori.application.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one attempt of a model call may take and how many times a retryable failure (429, 5xx,
 * network error) is tried again. The agent loop's calls use {@link #AGENT} (contract §5.8); the
 * model title is one attempt of 30 s (§5.2).
 */
public record CallLimits(Duration timeout, int retries) {
  /** Contract §5.8: 600 s per request, 3 retries. */
  public static final CallLimits AGENT = new CallLimits(Duration.ofSeconds(600), 3);

  public CallLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries must not be negative");
    }
  }

  /** One attempt, never retried, abandoned after {@code timeout}. */
  public static CallLimits singleAttempt(Duration timeout) {
    return new CallLimits(timeout, 0);
  }
}
