package dev.akmatori.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract §3.10.3. */
class LlmSettingsTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12Z");

  @Test
  void defaults_perProvider() {
    assertThat(List.of(LlmProvider.values()))
        .extracting(p -> LlmProviderSettings.defaults(p).model())
        .containsExactly("gpt-5.5", "claude-sonnet-4-6", "gemini-3-pro-preview", "openai/gpt-5.5", "");
    LlmProviderSettings openai = LlmProviderSettings.defaults(LlmProvider.OPENAI);
    assertThat(openai.apiKey().isEmpty()).isTrue();
    assertThat(openai.thinkingLevel()).isEqualTo(ThinkingLevel.MEDIUM);
    assertThat(openai.baseUrl()).isEmpty();
    assertThat(openai.isConfigured()).isFalse();
  }

  @Test
  void configured_meansAKey_exceptForCustom_whichNeedsBaseUrlAndModel() {
    LlmProviderSettings anthropic =
        LlmProviderSettings.defaults(LlmProvider.ANTHROPIC).apply(LlmProviderChanges.of("anthropic", "sk-ant-1", null, null, null));
    LlmProviderSettings customKeyOnly =
        LlmProviderSettings.defaults(LlmProvider.CUSTOM).apply(LlmProviderChanges.of("custom", "k", null, null, null));
    LlmProviderSettings customNoKey =
        LlmProviderSettings.defaults(LlmProvider.CUSTOM)
            .apply(LlmProviderChanges.of("custom", null, "llama", null, "http://vllm:8000/v1"));
    LlmProviderSettings customNoModel =
        LlmProviderSettings.defaults(LlmProvider.CUSTOM).apply(LlmProviderChanges.of("custom", null, null, null, "http://vllm:8000/v1"));

    assertThat(anthropic.isConfigured()).isTrue();
    assertThat(customKeyOnly.isConfigured()).isFalse();
    assertThat(customNoKey.isConfigured()).isTrue();
    assertThat(customNoModel.isConfigured()).isFalse();
  }

  @Test
  void changes_applyEchoRuleToTheKey_andKeepWhatIsNotSent() {
    LlmProviderSettings stored =
        LlmProviderSettings.defaults(LlmProvider.OPENAI).apply(LlmProviderChanges.of("openai", "sk-abc123xyz", "gpt-x", "high", ""));

    LlmProviderSettings echoed = stored.apply(LlmProviderChanges.of("openai", "****3xyz", null, null, "https://gw/v1/"));
    LlmProviderSettings cleared = stored.apply(LlmProviderChanges.of("openai", "", null, "off", null));

    assertThat(echoed.apiKey().reveal()).isEqualTo("sk-abc123xyz");
    assertThat(echoed.model()).isEqualTo("gpt-x");
    assertThat(echoed.thinkingLevel()).isEqualTo(ThinkingLevel.HIGH);
    assertThat(echoed.baseUrl()).isEqualTo("https://gw/v1/");
    assertThat(cleared.apiKey().isEmpty()).isTrue();
    assertThat(cleared.thinkingLevel()).isEqualTo(ThinkingLevel.OFF);
  }

  @Test
  void changes_reportEveryBadField() {
    assertThatThrownBy(() -> LlmProviderChanges.of("azure", null, "m".repeat(101), "extreme", "gw.local"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.details())
                    .containsExactly(
                        Map.entry("provider", "must be one of openai, anthropic, google, openrouter, custom"),
                        Map.entry("model", "must be at most 100 characters"),
                        Map.entry("thinking_level", "must be one of off, minimal, low, medium, high, xhigh"),
                        Map.entry("base_url", "must be a valid HTTP or HTTPS URL")));
    assertThatThrownBy(() -> LlmProviderChanges.of(null, null, null, null, null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details()).containsOnly(Map.entry("provider", "is required")));
    assertThat(LlmProviderChanges.of("google", null, "m".repeat(100), "xhigh", "").model()).hasValueSatisfying(m -> assertThat(m).hasSize(100));
  }

  @Test
  void configuration_holdsOneRowPerProvider_andFindsTheActiveOne() {
    List<StoredSettings<LlmProviderSettings>> rows = new ArrayList<>();
    for (LlmProvider p : LlmProvider.values()) {
      rows.add(0, new StoredSettings<>(p.ordinal() + 1, LlmProviderSettings.defaults(p), T0, T0));
    }

    LlmConfiguration config = new LlmConfiguration(LlmProvider.GOOGLE, rows);

    assertThat(config.providers()).extracting(r -> r.value().provider()).containsExactly(LlmProvider.values());
    assertThat(config.activeSettings().id()).isEqualTo(3);
    assertThatThrownBy(() -> new LlmConfiguration(LlmProvider.OPENAI, rows.subList(0, 4)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
