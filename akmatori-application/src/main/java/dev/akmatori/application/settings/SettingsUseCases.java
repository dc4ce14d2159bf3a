package dev.akmatori.application.settings;

import dev.akmatori.application.retention.LastCleanupRun;
import dev.akmatori.domain.settings.GeneralSettings;
import dev.akmatori.domain.settings.GeneralSettingsChanges;
import dev.akmatori.domain.settings.ProxySettings;
import dev.akmatori.domain.settings.ProxySettingsChanges;
import dev.akmatori.domain.settings.RetentionSettings;
import dev.akmatori.domain.settings.RetentionSettingsChanges;
import dev.akmatori.domain.settings.SlackSettings;
import dev.akmatori.domain.settings.SlackSettingsChanges;
import java.time.Clock;
import java.util.Objects;

/**
 * The settings use cases the REST API offers (contract §3.10.1–3.10.5), with the record of the last
 * retention cleanup run.
 */
public record SettingsUseCases(
    ManageSettings<GeneralSettings, GeneralSettingsChanges> general,
    ManageSettings<SlackSettings, SlackSettingsChanges> slack,
    ManageLlmSettings llm,
    ManageSettings<ProxySettings, ProxySettingsChanges> proxy,
    ManageSettings<RetentionSettings, RetentionSettingsChanges> retention,
    LastCleanupRun lastCleanupRun) {

  public SettingsUseCases {
    Objects.requireNonNull(general, "general");
    Objects.requireNonNull(slack, "slack");
    Objects.requireNonNull(llm, "llm");
    Objects.requireNonNull(proxy, "proxy");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(lastCleanupRun, "lastCleanupRun");
  }

  /** The services over {@code stores}; {@code lastCleanupRun} reads the record of cleanup runs. */
  public static SettingsUseCases over(SettingsStores stores, LastCleanupRun lastCleanupRun, Clock clock) {
    return new SettingsUseCases(
        new SettingsService<>(stores.general(), GeneralSettings::apply, clock),
        new SettingsService<>(stores.slack(), SlackSettings::apply, clock),
        new LlmSettingsService(stores.llm(), clock),
        new SettingsService<>(stores.proxy(), ProxySettings::apply, clock),
        new SettingsService<>(stores.retention(), RetentionSettings::apply, clock),
        lastCleanupRun);
  }
}
