package dev.akmatori.adapter.llm.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long to retry a model request (contract §5.8: 3 retries). Retryable: 429, any 5xx
 * and network errors. The n-th retry (0-based) waits {@code initialBackoff * 2^n} plus up to {@code
 * jitter} of that at random, unless the reply carried a {@code Retry-After}, which wins but is capped
 * at {@code maxRetryAfter}.
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxRetryAfter, double jitter) {
  /** 3 retries after 1 s, 2 s, 4 s (+ up to 25 %), {@code Retry-After} capped at 60 s. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(60), 0.25);

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative");
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be between 0 and 1");
    }
  }

  /** The same waits with at most {@code retries} retries (0: one attempt only). */
  public RetryPolicy withMaxRetries(int retries) {
    return new RetryPolicy(retries, initialBackoff, maxRetryAfter, jitter);
  }

  /** Whether a reply with this status is worth another attempt. */
  public boolean isRetryable(int status) {
    return status == 429 || (status >= 500 && status <= 599);
  }

  /** The wait before retry number {@code retry} (0-based); {@code random} is in [0, 1). */
  Duration backoff(int retry, double random) {
    Duration base = initialBackoff.multipliedBy(1L << Math.min(retry, 20));
    return base.plusMillis(Math.round(base.toMillis() * jitter * random));
  }

  /** A server-requested wait, capped so one reply cannot park a run for an hour. */
  Duration capped(Duration retryAfter) {
    if (retryAfter.isNegative()) {
      return Duration.ZERO;
    }
    return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
  }
}
