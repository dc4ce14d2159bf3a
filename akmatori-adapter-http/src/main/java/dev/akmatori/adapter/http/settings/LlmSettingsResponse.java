package dev.akmatori.adapter.http.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.akmatori.domain.settings.LlmConfiguration;
import dev.akmatori.domain.settings.LlmProviderSettings;
import dev.akmatori.domain.settings.StoredSettings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The LLM settings shape of contract §3.10.3: the active provider's row flattened, next to {@code
 * active_provider} and every provider under {@code providers}. Keys only ever masked.
 */
record LlmSettingsResponse(
    long id,
    String provider,
    String apiKey,
    String model,
    String thinkingLevel,
    String baseUrl,
    @JsonProperty("is_configured") boolean isConfigured,
    Instant createdAt,
    Instant updatedAt,
    String activeProvider,
    Map<String, LlmProviderView> providers) {

  static LlmSettingsResponse from(LlmConfiguration config) {
    StoredSettings<LlmProviderSettings> row = config.activeSettings();
    LlmProviderView active = LlmProviderView.from(row.value());
    Map<String, LlmProviderView> providers = new LinkedHashMap<>();
    config.providers().forEach(p -> providers.put(p.value().provider().wireName(), LlmProviderView.from(p.value())));
    return new LlmSettingsResponse(
        row.id(),
        config.active().wireName(),
        active.apiKey(),
        active.model(),
        active.thinkingLevel(),
        active.baseUrl(),
        active.isConfigured(),
        row.createdAt(),
        row.updatedAt(),
        config.active().wireName(),
        providers);
  }
}
