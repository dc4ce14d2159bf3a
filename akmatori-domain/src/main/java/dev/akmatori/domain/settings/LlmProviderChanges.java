package dev.akmatori.domain.settings;

import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated update of one provider, which also makes it the active one (contract §3.10.3). The
 * API key is as sent, for the echo rule.
 */
public record LlmProviderChanges(
    LlmProvider provider,
    Optional<String> apiKey,
    Optional<String> model,
    Optional<ThinkingLevel> thinkingLevel,
    Optional<String> baseUrl) {

  public static final int MAX_MODEL = 100;

  public LlmProviderChanges {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(thinkingLevel, "thinkingLevel");
    Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /** Validates every field at once; null means "not provided" (the provider is required). */
  public static LlmProviderChanges of(
      String provider, String apiKey, String model, String thinkingLevel, String baseUrl) {
    Violations v = new Violations();
    Optional<LlmProvider> p = Optional.empty();
    if (Text.isBlank(provider)) {
      v.add("provider", "is required");
    } else {
      p = LlmProvider.fromWire(provider);
      if (p.isEmpty()) {
        v.add("provider", LlmProvider.ONE_OF);
      }
    }
    if (model != null && Text.length(model) > MAX_MODEL) {
      v.add("model", "must be at most " + MAX_MODEL + " characters");
    }
    Optional<ThinkingLevel> level = Optional.ofNullable(thinkingLevel).flatMap(ThinkingLevel::fromWire);
    if (thinkingLevel != null && level.isEmpty()) {
      v.add("thinking_level", ThinkingLevel.ONE_OF);
    }
    if (baseUrl != null && !baseUrl.isEmpty() && !WebUrls.isHttp(baseUrl)) {
      v.add("base_url", GeneralSettingsChanges.INVALID_URL);
    }
    v.throwIfAny();
    return new LlmProviderChanges(
        p.orElseThrow(), Optional.ofNullable(apiKey), Optional.ofNullable(model), level, Optional.ofNullable(baseUrl));
  }
}
