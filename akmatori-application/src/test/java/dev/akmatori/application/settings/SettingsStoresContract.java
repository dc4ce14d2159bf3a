package dev.akmatori.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.settings.GeneralSettings;
import dev.akmatori.domain.settings.GeneralSettingsChanges;
import dev.akmatori.domain.settings.LlmConfiguration;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.LlmProviderChanges;
import dev.akmatori.domain.settings.LlmProviderSettings;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.settings.ProxySettings;
import dev.akmatori.domain.settings.ProxySettingsChanges;
import dev.akmatori.domain.settings.RetentionSettings;
import dev.akmatori.domain.settings.RetentionSettingsChanges;
import dev.akmatori.domain.settings.SlackSettings;
import dev.akmatori.domain.settings.SlackSettingsChanges;
import dev.akmatori.domain.settings.StoredSettings;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the five settings stores must do; run against the fakes, H2 and PostgreSQL. */
public abstract class SettingsStoresContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final Instant T1 = T0.plus(1, ChronoUnit.HOURS);

  private SettingsStores stores;

  /** The stores over empty storage. */
  protected abstract SettingsStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
  }

  @Test
  void aFreshStore_createsEveryResourceWithItsDefaults_onFirstLoad() {
    assertThat(stores.general().load(T0).value()).isEqualTo(GeneralSettings.DEFAULTS);
    assertThat(stores.slack().load(T0).value()).isEqualTo(SlackSettings.DEFAULTS);
    assertThat(stores.proxy().load(T0).value()).isEqualTo(ProxySettings.DEFAULTS);
    StoredSettings<RetentionSettings> retention = stores.retention().load(T0);
    assertThat(retention.value()).isEqualTo(RetentionSettings.DEFAULTS);
    assertThat(retention.id()).isPositive();
    assertThat(retention.createdAt()).isEqualTo(T0).isEqualTo(retention.updatedAt());
  }

  @Test
  void loadingAgain_returnsTheSameRow_untouched() {
    StoredSettings<GeneralSettings> first = stores.general().load(T0);

    assertThat(stores.general().load(T1)).isEqualTo(first);
  }

  @Test
  void update_appliesTheChangeToTheStoredValue_keepsIdAndCreatedAt() {
    StoredSettings<GeneralSettings> created = stores.general().load(T0);

    StoredSettings<GeneralSettings> updated =
        stores.general().update(g -> g.apply(GeneralSettingsChanges.of("https://aiops.example.com/")), T1);

    assertThat(updated.value().baseUrl()).isEqualTo("https://aiops.example.com");
    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.updatedAt()).isEqualTo(T1);
    assertThat(stores.general().load(T1)).isEqualTo(updated);
  }

  @Test
  void update_onAFreshStore_startsFromTheDefaults() {
    StoredSettings<RetentionSettings> updated =
        stores.retention().update(r -> r.apply(RetentionSettingsChanges.of(false, null, 12L)), T1);

    assertThat(updated.value()).isEqualTo(new RetentionSettings(false, 90, 12));
    assertThat(updated.createdAt()).isEqualTo(T1);
  }

  @Test
  void slackTokens_roundTripInClear() {
    stores.slack().update(s -> s.apply(SlackSettingsChanges.of("xoxb-1-2-3-🚀", "sign-Ü", "xapp-9", "#ops", true)), T1);

    SlackSettings read = stores.slack().load(T1).value();

    assertThat(read.botToken().reveal()).isEqualTo("xoxb-1-2-3-🚀");
    assertThat(read.signingSecret().reveal()).isEqualTo("sign-Ü");
    assertThat(read.appToken().reveal()).isEqualTo("xapp-9");
    assertThat(read.alertsChannel()).isEqualTo("#ops");
    assertThat(read.enabled()).isTrue();
  }

  @Test
  void proxyUrlWithPassword_andServiceToggles_roundTrip() {
    ProxySettingsChanges changes =
        ProxySettingsChanges.of("http://user:p%40ss@proxy.corp:3128", "localhost,.corp", Map.of("slack", Map.of("enabled", false), "netbox", Map.of("enabled", true)));
    stores.proxy().update(p -> p.apply(changes), T1);

    ProxySettings read = stores.proxy().load(T1).value();

    assertThat(read.proxyUrl().reveal()).isEqualTo("http://user:p%40ss@proxy.corp:3128");
    assertThat(read.noProxy()).isEqualTo("localhost,.corp");
    assertThat(read.enabledServices()).containsExactly(ProxyService.LLM, ProxyService.NETBOX);
  }

  @Test
  void aFailingChange_storesNothing() {
    StoredSettings<RetentionSettings> before = stores.retention().load(T0);

    assertThatThrownBy(() -> stores.retention().update(r -> { throw new IllegalStateException("boom"); }, T1))
        .hasMessageContaining("boom");
    assertThat(stores.retention().load(T1)).isEqualTo(before);
  }

  @Test
  void concurrentUpdates_areNeverLost() throws Exception {
    stores.retention().load(T0);

    race(() -> stores.retention().update(r -> new RetentionSettings(r.enabled(), r.retentionDays() + 1, 6), T1));

    assertThat(stores.retention().load(T1).value().retentionDays()).isEqualTo(98);
  }

  @Test
  void llm_aFreshStoreHasOneRowPerProvider_inOrder_withOpenAiActive() {
    LlmConfiguration config = stores.llm().load(T0);

    assertThat(config.active()).isEqualTo(LlmProvider.OPENAI);
    assertThat(config.providers()).extracting(StoredSettings::value)
        .containsExactly(
            LlmProviderSettings.defaults(LlmProvider.OPENAI), LlmProviderSettings.defaults(LlmProvider.ANTHROPIC),
            LlmProviderSettings.defaults(LlmProvider.GOOGLE), LlmProviderSettings.defaults(LlmProvider.OPENROUTER),
            LlmProviderSettings.defaults(LlmProvider.CUSTOM));
    assertThat(config.providers()).extracting(StoredSettings::id).doesNotHaveDuplicates().isSorted();
    assertThat(stores.llm().load(T1)).isEqualTo(config);
  }

  @Test
  void llm_updatingAProvider_changesOnlyItsRow_andMakesItActive() {
    LlmConfiguration before = stores.llm().load(T0);
    LlmProviderChanges changes = LlmProviderChanges.of("anthropic", "sk-ant-🚀-1234", "claude-x", "high", "https://gw/anthropic");

    LlmConfiguration after = stores.llm().update(LlmProvider.ANTHROPIC, p -> p.apply(changes), T1);

    assertThat(after.active()).isEqualTo(LlmProvider.ANTHROPIC);
    StoredSettings<LlmProviderSettings> row = after.activeSettings();
    assertThat(row.value().apiKey().reveal()).isEqualTo("sk-ant-🚀-1234");
    assertThat(row.value().model()).isEqualTo("claude-x");
    assertThat(row.id()).isEqualTo(before.provider(LlmProvider.ANTHROPIC).id());
    assertThat(row.createdAt()).isEqualTo(T0);
    assertThat(row.updatedAt()).isEqualTo(T1);
    assertThat(after.provider(LlmProvider.OPENAI)).isEqualTo(before.provider(LlmProvider.OPENAI));
    assertThat(stores.llm().load(T1)).isEqualTo(after);
  }

  @Test
  void llm_concurrentUpdatesOfDifferentProviders_keepEveryChange_andExactlyOneActive() throws Exception {
    stores.llm().load(T0);
    List<LlmProvider> providers = List.of(LlmProvider.values());

    race(providers.stream().<Callable<Object>>map(p -> () -> stores.llm().update(p, s -> s.apply(LlmProviderChanges.of(p.wireName(), "key-" + p.wireName(), null, null, null)), T1)).toList());

    LlmConfiguration config = stores.llm().load(T1);
    assertThat(config.providers()).allSatisfy(r -> assertThat(r.value().apiKey().reveal()).isEqualTo("key-" + r.value().provider().wireName()));
    assertThat(providers).contains(config.active());
  }

  private static void race(Callable<Object> call) throws Exception {
    List<Callable<Object>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(call);
    }
    race(calls);
  }

  private static void race(List<Callable<Object>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> c : calls) {
        futures.add(pool.submit(c));
      }
      for (Future<Object> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
