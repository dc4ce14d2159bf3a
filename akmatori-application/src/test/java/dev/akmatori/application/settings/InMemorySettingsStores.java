package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.GeneralSettings;
import dev.akmatori.domain.settings.ProxySettings;
import dev.akmatori.domain.settings.RetentionSettings;
import dev.akmatori.domain.settings.SlackSettings;

/** In-memory fakes of all five settings stores. */
public final class InMemorySettingsStores {
  private InMemorySettingsStores() {}

  public static SettingsStores create() {
    return new SettingsStores(
        new InMemorySettingsStore<>(GeneralSettings.DEFAULTS),
        new InMemorySettingsStore<>(SlackSettings.DEFAULTS),
        new InMemoryLlmSettingsStore(),
        new InMemorySettingsStore<>(ProxySettings.DEFAULTS),
        new InMemorySettingsStore<>(RetentionSettings.DEFAULTS));
  }
}
