package dev.akmatori.application.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.model.ActiveModelSettings.ActiveModel;
import dev.akmatori.application.model.ModelEndpoint.ProxyRoute;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.LlmProviderChanges;
import dev.akmatori.domain.settings.ProxySettingsChanges;
import dev.akmatori.domain.settings.ThinkingLevel;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The investigation's view of the LLM settings (contract §3.10.3, §5.9), read fresh every time. */
class StoredActiveModelSettingsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final SettingsStores stores = InMemorySettingsStores.create();
  private final SettingsUseCases useCases = SettingsUseCases.over(stores, () -> dev.akmatori.domain.retention.RetentionRun.NEVER, clock);
  private final StoredActiveModelSettings active =
      new StoredActiveModelSettings(
          new StoredRuntimeSettings(stores, new PublicBaseUrl(stores.general(), () -> "http://localhost", clock), clock));

  @Test
  void aFreshInstall_isOpenAiWithTheDefaultModel_notConfigured_andDirect() {
    ActiveModel model = active.active();

    assertThat(model.provider()).isEqualTo(LlmProvider.OPENAI);
    assertThat(model.configured()).isFalse();
    assertThat(model.notConfiguredError()).isEqualTo("LLM provider 'openai' is not configured");
    assertThat(model.endpoint().model()).isEqualTo("gpt-5.5");
    assertThat(model.endpoint().thinkingLevel()).isEqualTo(ThinkingLevel.MEDIUM);
    assertThat(model.endpoint().proxy()).isEmpty();
  }

  @Test
  void aPut_isSeenByTheNextRun_withTheClearKeyAndTheLlmProxy() {
    useCases.llm().update(LlmProviderChanges.of("anthropic", "sk-ant-run", "claude-x", "xhigh", "https://gw/anthropic"));
    useCases.proxy().update(ProxySettingsChanges.of("http://u:p@proxy:3128", "localhost,.corp", null));

    ActiveModel model = active.active();

    assertThat(model.provider()).isEqualTo(LlmProvider.ANTHROPIC);
    assertThat(model.configured()).isTrue();
    assertThat(model.endpoint().apiKey().reveal()).isEqualTo("sk-ant-run");
    assertThat(model.endpoint().model()).isEqualTo("claude-x");
    assertThat(model.endpoint().thinkingLevel()).isEqualTo(ThinkingLevel.XHIGH);
    assertThat(model.endpoint().baseUrl()).isEqualTo("https://gw/anthropic");
    assertThat(model.endpoint().proxy()).contains(new ProxyRoute("http://u:p@proxy:3128", "localhost,.corp"));
  }

  @Test
  void withTheLlmToggleOff_theRunGoesDirect() {
    useCases.proxy().update(ProxySettingsChanges.of("http://proxy:3128", null, Map.of("llm", Map.of("enabled", false))));

    assertThat(active.active().endpoint().proxy()).isEmpty();
  }
}
