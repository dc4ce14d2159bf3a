package dev.akmatori.adapter.llm.provider.anthropic;

import dev.akmatori.domain.settings.ThinkingLevel;
import java.util.OptionalInt;

/**
 * The thinking token budget of each level (contract §5.9): Anthropic's {@code budget_tokens}, which
 * Gemini 2.x models also get as {@code thinkingBudget}.
 */
public final class ThinkingBudget {
  private ThinkingBudget() {}

  /** 1,024 / 2,048 / 8,192 / 16,384 / 32,768 for minimal … xhigh; empty for {@code off}. */
  public static OptionalInt of(ThinkingLevel level) {
    switch (level) {
      case MINIMAL:
        return OptionalInt.of(1_024);
      case LOW:
        return OptionalInt.of(2_048);
      case MEDIUM:
        return OptionalInt.of(8_192);
      case HIGH:
        return OptionalInt.of(16_384);
      case XHIGH:
        return OptionalInt.of(32_768);
      case OFF:
      default:
        return OptionalInt.empty();
    }
  }
}
