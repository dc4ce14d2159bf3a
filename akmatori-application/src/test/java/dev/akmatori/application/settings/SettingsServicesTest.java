package dev.akmatori.application.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.settings.GeneralSettings;
import dev.akmatori.domain.settings.GeneralSettingsChanges;
import dev.akmatori.domain.settings.LlmConfiguration;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.LlmProviderChanges;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.settings.ProxySettingsChanges;
import dev.akmatori.domain.settings.RetentionSettings;
import dev.akmatori.domain.settings.RetentionSettingsChanges;
import dev.akmatori.domain.settings.SlackSettingsChanges;
import dev.akmatori.domain.settings.StoredSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings use cases and the run-time view over the same stores. */
class SettingsServicesTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final SettingsStores stores = InMemorySettingsStores.create();
  private final SettingsUseCases useCases = SettingsUseCases.over(stores, () -> dev.akmatori.domain.retention.RetentionRun.NEVER, clock);
  private final RuntimeSettings runtime =
      new StoredRuntimeSettings(stores, new PublicBaseUrl(stores.general(), () -> "http://localhost:9000", clock), clock);

  @Test
  void get_createsTheResourceOnFirstUse_stampedByTheClock() {
    StoredSettings<GeneralSettings> general = useCases.general().get();

    assertThat(general.value().baseUrl()).isEmpty();
    assertThat(general.createdAt()).isEqualTo(clock.instant());
  }

  @Test
  void update_appliesTheChanges_andStampsUpdatedAt() {
    useCases.retention().get();
    clock.advance(Duration.ofMinutes(2));

    StoredSettings<RetentionSettings> updated = useCases.retention().update(RetentionSettingsChanges.of(null, 30L, null));

    assertThat(updated.value().retentionDays()).isEqualTo(30);
    assertThat(updated.value().cleanupIntervalHours()).isEqualTo(6);
    assertThat(updated.updatedAt()).isEqualTo(updated.createdAt().plus(Duration.ofMinutes(2)));
  }

  @Test
  void llmUpdate_writesThatProvider_andMakesItActive() {
    LlmConfiguration config = useCases.llm().update(LlmProviderChanges.of("google", "g-key-1234", null, "low", null));

    assertThat(config.active()).isEqualTo(LlmProvider.GOOGLE);
    assertThat(config.activeSettings().value().model()).isEqualTo("gemini-3-pro-preview");
    assertThat(useCases.llm().get().active()).isEqualTo(LlmProvider.GOOGLE);
  }

  @Test
  void theRuntimeView_seesEveryPutAtOnce_withClearSecrets() {
    assertThat(runtime.publicBaseUrl()).isEqualTo("http://localhost:9000");
    assertThat(runtime.activeLlm().provider()).isEqualTo(LlmProvider.OPENAI);

    useCases.general().update(GeneralSettingsChanges.of("https://ops.example.com/"));
    useCases.slack().update(SlackSettingsChanges.of("xoxb-live", null, null, "#incidents", true));
    useCases.llm().update(LlmProviderChanges.of("anthropic", "sk-ant-live", null, null, null));
    useCases.proxy().update(ProxySettingsChanges.of("http://u:pw@proxy:3128", null, Map.of("grafana", Map.of("enabled", true))));
    useCases.retention().update(RetentionSettingsChanges.of(false, null, null));

    assertThat(runtime.publicBaseUrl()).isEqualTo("https://ops.example.com");
    assertThat(runtime.slack().botToken().reveal()).isEqualTo("xoxb-live");
    assertThat(runtime.slack().isActive()).isTrue();
    assertThat(runtime.activeLlm().apiKey().reveal()).isEqualTo("sk-ant-live");
    assertThat(runtime.proxy().proxyFor(ProxyService.GRAFANA)).contains("http://u:pw@proxy:3128");
    assertThat(runtime.proxy().proxyFor(ProxyService.ZABBIX)).isEmpty();
    assertThat(runtime.retention().enabled()).isFalse();
  }

  @Test
  void createDefaults_makesEveryResourceExist_withoutChangingExistingOnes() {
    useCases.retention().update(RetentionSettingsChanges.of(null, 7L, null));

    stores.createDefaults(clock.instant());

    assertThat(useCases.retention().get().value().retentionDays()).isEqualTo(7);
    assertThat(useCases.proxy().get().value().isEnabled(ProxyService.LLM)).isTrue();
  }
}
