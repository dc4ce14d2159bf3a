package dev.akmatori.adapter.llm.provider.google;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.adapter.llm.http.ProviderJson;
import dev.akmatori.adapter.llm.provider.anthropic.ThinkingBudget;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Where and how {@code generateContent} is called (contract §5.9): the URL, the model, the key and
 * the thinking level. The key prints masked ({@link Secret#toString()}).
 */
record GeminiEndpoint(String model, HttpUrl url, Secret key, ThinkingLevel level) {
  static final String DEFAULT_BASE = "https://generativelanguage.googleapis.com/v1beta";

  /**
   * The base includes the API version; {@code /models/{model}:generateContent} is appended. A model
   * pasted as {@code models/gemini-…} (the API's resource name) loses that prefix.
   *
   * @throws IllegalArgumentException for an empty model or a base URL that is not absolute http(s)
   */
  static GeminiEndpoint of(ModelEndpoint endpoint) {
    String model = endpoint.model().trim();
    if (model.startsWith("models/")) {
      model = model.substring("models/".length());
    }
    if (model.isEmpty()) {
      throw new IllegalArgumentException("google: a model is required");
    }
    String base = endpoint.baseUrl().trim();
    if (base.isEmpty()) {
      base = DEFAULT_BASE;
    }
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    HttpUrl parsed = HttpUrl.parse(base);
    if (parsed == null) {
      throw new IllegalArgumentException("google: base_url must be an absolute http or https URL");
    }
    HttpUrl url =
        parsed.newBuilder().addPathSegment("models").addPathSegment(model + ":generateContent").build();
    return new GeminiEndpoint(model, url, endpoint.apiKey(), endpoint.thinkingLevel());
  }

  /** Gemini 3 models take a thinking level and cannot turn thinking off; older ones take a budget. */
  boolean isGemini3() {
    return model.startsWith("gemini-3");
  }

  /**
   * {@code generationConfig.thinkingConfig}, with thought summaries asked for: Gemini 3 gets {@code
   * thinkingLevel} {@code low} (off, minimal, low) or {@code high}; other models get the level's
   * {@code thinkingBudget}, or nothing at all when thinking is off.
   */
  Optional<ObjectNode> thinkingConfig() {
    ObjectNode config = ProviderJson.MAPPER.createObjectNode();
    if (isGemini3()) {
      config.put("thinkingLevel", level.compareTo(ThinkingLevel.LOW) <= 0 ? "low" : "high");
    } else if (level == ThinkingLevel.OFF) {
      return Optional.empty();
    } else {
      config.put("thinkingBudget", ThinkingBudget.of(level).getAsInt());
    }
    return Optional.of(config.put("includeThoughts", true));
  }

  /**
   * {@code maxOutputTokens} for a request that caps its answer: thoughts count against it, so the
   * level's thinking budget is added (a Gemini 3 model that cannot stop thinking gets the minimal one).
   */
  int maxOutputTokens(int answerTokens) {
    ThinkingLevel thinking = isGemini3() && level == ThinkingLevel.OFF ? ThinkingLevel.MINIMAL : level;
    return answerTokens + ThinkingBudget.of(thinking).orElse(0);
  }
}
