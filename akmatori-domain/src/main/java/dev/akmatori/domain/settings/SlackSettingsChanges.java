package dev.akmatori.domain.settings;

import java.util.Objects;
import java.util.Optional;

/** A partial update of the Slack settings; token values are as sent, for the echo rule. */
public record SlackSettingsChanges(
    Optional<String> botToken,
    Optional<String> signingSecret,
    Optional<String> appToken,
    Optional<String> alertsChannel,
    Optional<Boolean> enabled) {

  public SlackSettingsChanges {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(signingSecret, "signingSecret");
    Objects.requireNonNull(appToken, "appToken");
    Objects.requireNonNull(alertsChannel, "alertsChannel");
    Objects.requireNonNull(enabled, "enabled");
  }

  /** From the request values; null means "not provided". */
  public static SlackSettingsChanges of(
      String botToken, String signingSecret, String appToken, String alertsChannel, Boolean enabled) {
    return new SlackSettingsChanges(
        Optional.ofNullable(botToken),
        Optional.ofNullable(signingSecret),
        Optional.ofNullable(appToken),
        Optional.ofNullable(alertsChannel),
        Optional.ofNullable(enabled));
  }
}
