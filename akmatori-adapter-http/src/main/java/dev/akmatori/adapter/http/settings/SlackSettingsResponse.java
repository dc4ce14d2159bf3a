package dev.akmatori.adapter.http.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.akmatori.domain.settings.SlackSettings;
import dev.akmatori.domain.settings.StoredSettings;
import java.time.Instant;

/** The Slack settings shape of contract §3.10.2; tokens only ever masked. */
record SlackSettingsResponse(
    long id,
    String botToken,
    String signingSecret,
    String appToken,
    String alertsChannel,
    boolean enabled,
    @JsonProperty("is_configured") boolean isConfigured,
    Instant createdAt,
    Instant updatedAt) {

  static SlackSettingsResponse from(StoredSettings<SlackSettings> s) {
    SlackSettings v = s.value();
    return new SlackSettingsResponse(
        s.id(),
        v.botToken().masked(),
        v.signingSecret().masked(),
        v.appToken().masked(),
        v.alertsChannel(),
        v.enabled(),
        v.isConfigured(),
        s.createdAt(),
        s.updatedAt());
  }
}
