package dev.akmatori.adapter.llm.provider.anthropic;

import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.OptionalInt;
import okhttp3.HttpUrl;

/**
 * Where and how the Messages API is called (contract §5.9): the URL, the model, the key and the
 * thinking budget. The key prints masked ({@link Secret#toString()}).
 */
record AnthropicEndpoint(String model, HttpUrl url, Secret key, OptionalInt thinkingBudget) {
  static final String DEFAULT_BASE = "https://api.anthropic.com";
  static final String API_VERSION = "2023-06-01";
  /** Room for the answer on top of the thinking budget; {@code max_tokens} when thinking is off. */
  static final int ANSWER_TOKENS = 8_192;

  /**
   * The base does not include the API version ({@code /v1/messages} is appended), except that a
   * base already ending in {@code /v1} is not doubled.
   *
   * @throws IllegalArgumentException for an empty model or a base URL that is not absolute http(s)
   */
  static AnthropicEndpoint of(ModelEndpoint endpoint) {
    if (endpoint.model().isBlank()) {
      throw new IllegalArgumentException("anthropic: a model is required");
    }
    String base = endpoint.baseUrl().trim();
    if (base.isEmpty()) {
      base = DEFAULT_BASE;
    }
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    HttpUrl url = HttpUrl.parse(base + (base.endsWith("/v1") ? "/messages" : "/v1/messages"));
    if (url == null) {
      throw new IllegalArgumentException("anthropic: base_url must be an absolute http or https URL");
    }
    ThinkingLevel level = endpoint.thinkingLevel();
    return new AnthropicEndpoint(endpoint.model().trim(), url, endpoint.apiKey(), ThinkingBudget.of(level));
  }

  /**
   * {@code max_tokens}, which Anthropic requires: the thinking budget plus room for the answer — the
   * request's own cap when it sets one, else {@link #ANSWER_TOKENS}.
   */
  int maxTokens(int requestedAnswerTokens) {
    int answer = requestedAnswerTokens > 0 ? requestedAnswerTokens : ANSWER_TOKENS;
    return thinkingBudget.orElse(0) + answer;
  }
}
