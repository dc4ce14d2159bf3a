package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.GeneralSettings;
import dev.akmatori.domain.settings.ProxySettings;
import dev.akmatori.domain.settings.RetentionSettings;
import dev.akmatori.domain.settings.SlackSettings;
import java.time.Instant;
import java.util.Objects;

/** The stores of the five settings resources, as one adapter provides them. */
public record SettingsStores(
    SettingsStore<GeneralSettings> general,
    SettingsStore<SlackSettings> slack,
    LlmSettingsStore llm,
    SettingsStore<ProxySettings> proxy,
    SettingsStore<RetentionSettings> retention) {

  public SettingsStores {
    Objects.requireNonNull(general, "general");
    Objects.requireNonNull(slack, "slack");
    Objects.requireNonNull(llm, "llm");
    Objects.requireNonNull(proxy, "proxy");
    Objects.requireNonNull(retention, "retention");
  }

  /** Startup: creates every resource that does not exist yet with its defaults (contract §7). */
  public void createDefaults(Instant now) {
    general.load(now);
    slack.load(now);
    llm.load(now);
    proxy.load(now);
    retention.load(now);
  }
}
