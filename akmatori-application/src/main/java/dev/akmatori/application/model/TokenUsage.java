package dev.akmatori.application.model;

/** Tokens one call used, as the provider reported them; {@link #total()} is what budgets count. */
public record TokenUsage(long inputTokens, long outputTokens) {
  public static final TokenUsage NONE = new TokenUsage(0, 0);

  public TokenUsage {
    if (inputTokens < 0 || outputTokens < 0) {
      throw new IllegalArgumentException("token counts must not be negative");
    }
  }

  public long total() {
    return inputTokens + outputTokens;
  }
}
