package dev.akmatori.domain.settings;

import dev.akmatori.domain.shared.Secret;
import java.util.Objects;

/**
 * Slack settings (contract §3.10.2). Tokens are clear {@link Secret}s that render masked; only
 * {@code botToken} is needed for outbound notifications.
 */
public record SlackSettings(
    Secret botToken, Secret signingSecret, Secret appToken, String alertsChannel, boolean enabled) {

  public static final SlackSettings DEFAULTS =
      new SlackSettings(Secret.empty(), Secret.empty(), Secret.empty(), "", false);

  public SlackSettings {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(signingSecret, "signingSecret");
    Objects.requireNonNull(appToken, "appToken");
    Objects.requireNonNull(alertsChannel, "alertsChannel");
  }

  /** A bot token is set: all that outbound notifications need. */
  public boolean isConfigured() {
    return !botToken.isEmpty();
  }

  /** Notifications are sent: enabled and configured. */
  public boolean isActive() {
    return enabled && isConfigured();
  }

  /** These settings with {@code changes} applied; tokens follow the echo rule. */
  public SlackSettings apply(SlackSettingsChanges changes) {
    return new SlackSettings(
        changes.botToken().map(botToken::updatedWith).orElse(botToken),
        changes.signingSecret().map(signingSecret::updatedWith).orElse(signingSecret),
        changes.appToken().map(appToken::updatedWith).orElse(appToken),
        changes.alertsChannel().orElse(alertsChannel),
        changes.enabled().orElse(enabled));
  }
}
