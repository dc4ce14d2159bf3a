package dev.akmatori.application.metrics;

import java.time.Duration;

/**
 * Observes every call to an LLM provider, retries included in its duration. Thread-safe, quick,
 * never throws.
 */
public interface ModelCallMetrics {
  ModelCallMetrics NONE = new ModelCallMetrics() {};

  /**
   * One call ended. {@code provider} is the wire name ({@code openai}, …, §5.9); the token counts
   * are what the provider reported, 0 for a failed call.
   */
  default void modelCalled(String provider, CallOutcome outcome, long inputTokens, long outputTokens, Duration duration) {}
}
