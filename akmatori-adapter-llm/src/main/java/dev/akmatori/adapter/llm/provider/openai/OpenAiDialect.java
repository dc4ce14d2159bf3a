package dev.akmatori.adapter.llm.provider.openai;

import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * What differs between the Chat Completions providers (contract §5.9): the URL, whether a key is
 * sent, how the thinking level becomes {@code reasoning_effort}, and whether OpenRouter's {@code
 * reasoning_details} go back verbatim. The key prints masked ({@link Secret#toString()}).
 */
record OpenAiDialect(
    LlmProvider provider,
    String model,
    HttpUrl url,
    Secret key,
    Optional<String> reasoningEffort,
    boolean echoesReasoningDetails) {

  static final String OPENAI_BASE = "https://api.openai.com/v1";
  static final String OPENROUTER_BASE = "https://openrouter.ai/api/v1";

  /**
   * @throws IllegalArgumentException for a provider that does not speak Chat Completions, {@code
   *     custom} without a base URL, a base URL that is not absolute http(s), or an empty model
   */
  static OpenAiDialect of(ModelEndpoint endpoint) {
    LlmProvider provider = endpoint.provider();
    if (endpoint.model().isBlank()) {
      throw new IllegalArgumentException(provider.wireName() + ": a model is required");
    }
    String base = endpoint.baseUrl().trim();
    if (base.isEmpty()) {
      base = defaultBase(provider);
    }
    // One trailing slash goes; the base already includes the API version.
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    HttpUrl url = HttpUrl.parse(base + "/chat/completions");
    if (url == null) {
      throw new IllegalArgumentException(
          provider.wireName() + ": base_url must be an absolute http or https URL");
    }
    return new OpenAiDialect(
        provider,
        endpoint.model().trim(),
        url,
        endpoint.apiKey(),
        reasoningEffort(provider, endpoint.thinkingLevel()),
        provider == LlmProvider.OPENROUTER);
  }

  private static String defaultBase(LlmProvider provider) {
    switch (provider) {
      case OPENAI:
        return OPENAI_BASE;
      case OPENROUTER:
        return OPENROUTER_BASE;
      case CUSTOM:
        throw new IllegalArgumentException("custom: base_url is required");
      default:
        throw new IllegalArgumentException(provider.wireName() + " does not speak Chat Completions");
    }
  }

  /**
   * Contract §5.9: {@code off} never sends the parameter; OpenAI gets every other level as is
   * ({@code minimal} and {@code xhigh} are OpenAI's own values); OpenRouter gets {@code xhigh} as
   * {@code high}; a custom server gets it only when set away from the default ({@code medium}).
   */
  static Optional<String> reasoningEffort(LlmProvider provider, ThinkingLevel level) {
    if (level == ThinkingLevel.OFF) {
      return Optional.empty();
    }
    String capped = level == ThinkingLevel.XHIGH ? ThinkingLevel.HIGH.wireName() : level.wireName();
    switch (provider) {
      case OPENAI:
        return Optional.of(level.wireName());
      case OPENROUTER:
        return Optional.of(capped);
      case CUSTOM:
        return level == ThinkingLevel.MEDIUM ? Optional.empty() : Optional.of(capped);
      default:
        throw new IllegalArgumentException(provider.wireName() + " does not speak Chat Completions");
    }
  }

  /** The {@code Authorization} value, when there is a key to send. */
  Optional<String> authorization() {
    return key.isEmpty() ? Optional.empty() : Optional.of("Bearer " + key.reveal());
  }
}
