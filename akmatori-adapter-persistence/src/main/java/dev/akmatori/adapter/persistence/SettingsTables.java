package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.settings.GeneralSettings;
import dev.akmatori.domain.settings.ProxyService;
import dev.akmatori.domain.settings.ProxySettings;
import dev.akmatori.domain.settings.ProxyUrl;
import dev.akmatori.domain.settings.RetentionSettings;
import dev.akmatori.domain.settings.SlackSettings;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The column mappings of the four singleton settings tables of V5. */
final class SettingsTables {
  private SettingsTables() {}

  static SettingsTable<GeneralSettings> general() {
    return new SettingsTable<>(
        "general_settings",
        List.of("base_url"),
        GeneralSettings.DEFAULTS,
        (s, v) -> s.bind("base_url", v.baseUrl()),
        rs -> new GeneralSettings(rs.getString("base_url")));
  }

  static SettingsTable<SlackSettings> slack(SecretColumns secrets) {
    return new SettingsTable<>(
        "slack_settings",
        List.of("bot_token", "signing_secret", "app_token", "alerts_channel", "enabled"),
        SlackSettings.DEFAULTS,
        (s, v) ->
            s.bind("bot_token", secrets.seal(v.botToken()))
                .bind("signing_secret", secrets.seal(v.signingSecret()))
                .bind("app_token", secrets.seal(v.appToken()))
                .bind("alerts_channel", v.alertsChannel())
                .bind("enabled", v.enabled()),
        rs ->
            new SlackSettings(
                secrets.open(rs.getString("bot_token")),
                secrets.open(rs.getString("signing_secret")),
                secrets.open(rs.getString("app_token")),
                rs.getString("alerts_channel"),
                rs.getBoolean("enabled")));
  }

  /** The whole proxy URL is sealed, since it carries the password; toggles are a JSON object. */
  static SettingsTable<ProxySettings> proxy(SecretColumns secrets) {
    return new SettingsTable<>(
        "proxy_settings",
        List.of("proxy_url", "no_proxy", "services"),
        ProxySettings.DEFAULTS,
        (s, v) ->
            s.bind("proxy_url", secrets.seal(v.proxyUrl().reveal()))
                .bind("no_proxy", v.noProxy())
                .bind("services", JsonWriter.write(toggles(v))),
        rs ->
            new ProxySettings(
                ProxyUrl.of(secrets.openText(rs.getString("proxy_url"))),
                rs.getString("no_proxy"),
                enabled(JsonText.parseObject(rs.getString("services")))));
  }

  static SettingsTable<RetentionSettings> retention() {
    return new SettingsTable<>(
        "retention_settings",
        List.of("enabled", "retention_days", "cleanup_interval_hours"),
        RetentionSettings.DEFAULTS,
        (s, v) ->
            s.bind("enabled", v.enabled())
                .bind("retention_days", v.retentionDays())
                .bind("cleanup_interval_hours", v.cleanupIntervalHours()),
        rs ->
            new RetentionSettings(
                rs.getBoolean("enabled"), rs.getInt("retention_days"), rs.getInt("cleanup_interval_hours")));
  }

  /** Every service with its toggle, so the stored document says explicitly what is off. */
  private static Map<String, Object> toggles(ProxySettings settings) {
    Map<String, Object> services = new LinkedHashMap<>();
    for (ProxyService service : ProxyService.values()) {
      services.put(service.wireName(), settings.isEnabled(service));
    }
    return services;
  }

  private static Set<ProxyService> enabled(Map<String, Object> toggles) {
    Set<ProxyService> enabled = EnumSet.noneOf(ProxyService.class);
    for (ProxyService service : ProxyService.values()) {
      if (Boolean.TRUE.equals(toggles.get(service.wireName()))) {
        enabled.add(service);
      }
    }
    return enabled;
  }
}
