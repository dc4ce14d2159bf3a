package dev.akmatori.application.model;

import java.util.Locale;
import java.util.Optional;

/** The five provider kinds of contract §5.9. */
public enum LlmProvider {
  OPENAI,
  ANTHROPIC,
  GOOGLE,
  OPENROUTER,
  CUSTOM;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LlmProvider> fromWire(String name) {
    for (LlmProvider p : values()) {
      if (p.wireName().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
