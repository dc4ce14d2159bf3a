package dev.akmatori.adapter.http.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.akmatori.domain.settings.LlmProviderSettings;

/** One entry of {@code providers} in the LLM settings (contract §3.10.3); the key masked. */
record LlmProviderView(
    String apiKey,
    String model,
    String thinkingLevel,
    String baseUrl,
    @JsonProperty("is_configured") boolean isConfigured) {

  static LlmProviderView from(LlmProviderSettings p) {
    return new LlmProviderView(
        p.apiKey().masked(), p.model(), p.thinkingLevel().wireName(), p.baseUrl(), p.isConfigured());
  }
}
