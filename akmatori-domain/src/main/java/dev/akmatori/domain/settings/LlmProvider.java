package dev.akmatori.domain.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The LLM providers (contract §5.9), in the contract's order, with their default models. Stored and
 * sent as {@link #wireName()}; the settings and the agent's model calls share this one type.
 */
public enum LlmProvider {
  OPENAI("gpt-5.5"),
  ANTHROPIC("claude-sonnet-4-6"),
  GOOGLE("gemini-3-pro-preview"),
  OPENROUTER("openai/gpt-5.5"),
  CUSTOM("");

  /** {@code must be one of openai, anthropic, google, openrouter, custom}. */
  public static final String ONE_OF =
      "must be one of "
          + Arrays.stream(values()).map(LlmProvider::wireName).collect(Collectors.joining(", "));

  private final String defaultModel;

  LlmProvider(String defaultModel) {
    this.defaultModel = defaultModel;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The model a fresh installation uses. */
  public String defaultModel() {
    return defaultModel;
  }

  public static Optional<LlmProvider> fromWire(String wire) {
    return Arrays.stream(values()).filter(p -> p.wireName().equals(wire)).findFirst();
  }
}
