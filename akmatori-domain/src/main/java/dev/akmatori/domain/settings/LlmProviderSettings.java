package dev.akmatori.domain.settings;

import dev.akmatori.domain.shared.Secret;
import java.util.Objects;

/**
 * The stored configuration of one LLM provider (contract §3.10.3): a clear API key that renders
 * masked, the model, the thinking level and a base URL (empty = the provider's public endpoint).
 */
public record LlmProviderSettings(
    LlmProvider provider, Secret apiKey, String model, ThinkingLevel thinkingLevel, String baseUrl) {

  public LlmProviderSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(thinkingLevel, "thinkingLevel");
    Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /** A fresh installation's configuration of {@code provider}. */
  public static LlmProviderSettings defaults(LlmProvider provider) {
    return new LlmProviderSettings(provider, Secret.empty(), provider.defaultModel(), ThinkingLevel.MEDIUM, "");
  }

  /**
   * Usable for a run: an API key is set; for {@code custom}, a base URL and a model are set instead
   * (a key is optional there).
   */
  public boolean isConfigured() {
    if (provider == LlmProvider.CUSTOM) {
      return !baseUrl.isEmpty() && !model.isEmpty();
    }
    return !apiKey.isEmpty();
  }

  /** These settings with {@code changes} applied; the API key follows the echo rule. */
  public LlmProviderSettings apply(LlmProviderChanges changes) {
    if (changes.provider() != provider) {
      throw new IllegalArgumentException("changes for " + changes.provider() + " applied to " + provider);
    }
    return new LlmProviderSettings(
        provider,
        changes.apiKey().map(apiKey::updatedWith).orElse(apiKey),
        changes.model().orElse(model),
        changes.thinkingLevel().orElse(thinkingLevel),
        changes.baseUrl().orElse(baseUrl));
  }
}
