package dev.akmatori.domain.settings;

import java.util.Objects;

/**
 * General settings (contract §3.10.1): {@code baseUrl} is the public address of the UI/API, empty
 * or an http(s) URL without a trailing slash.
 */
public record GeneralSettings(String baseUrl) {
  public static final GeneralSettings DEFAULTS = new GeneralSettings("");

  public GeneralSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
  }

  public GeneralSettings apply(GeneralSettingsChanges changes) {
    return new GeneralSettings(changes.baseUrl().orElse(baseUrl));
  }
}
