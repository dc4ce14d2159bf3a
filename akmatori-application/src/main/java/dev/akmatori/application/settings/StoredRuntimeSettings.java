package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.LlmProviderSettings;
import dev.akmatori.domain.settings.ProxySettings;
import dev.akmatori.domain.settings.RetentionSettings;
import dev.akmatori.domain.settings.SlackSettings;
import java.time.Clock;

/** {@link RuntimeSettings} read straight from the stores on every call (no cache to go stale). */
public final class StoredRuntimeSettings implements RuntimeSettings {
  private final SettingsStores stores;
  private final PublicBaseUrl baseUrl;
  private final Clock clock;

  public StoredRuntimeSettings(SettingsStores stores, PublicBaseUrl baseUrl, Clock clock) {
    this.stores = stores;
    this.baseUrl = baseUrl;
    this.clock = clock;
  }

  @Override
  public String publicBaseUrl() {
    return baseUrl.current();
  }

  @Override
  public SlackSettings slack() {
    return stores.slack().load(clock.instant()).value();
  }

  @Override
  public LlmProviderSettings activeLlm() {
    return stores.llm().load(clock.instant()).activeSettings().value();
  }

  @Override
  public ProxySettings proxy() {
    return stores.proxy().load(clock.instant()).value();
  }

  @Override
  public RetentionSettings retention() {
    return stores.retention().load(clock.instant()).value();
  }
}
