package dev.akmatori.adapter.http.settings;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.settings.SettingsUseCases;
import dev.akmatori.domain.settings.GeneralSettingsChanges;
import dev.akmatori.domain.settings.LlmProviderChanges;
import dev.akmatori.domain.settings.ProxySettingsChanges;
import dev.akmatori.domain.settings.RetentionSettingsChanges;
import dev.akmatori.domain.settings.SlackSettingsChanges;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /api/settings/…}: general, Slack, LLM, proxy and retention, and the last retention cleanup
 * run (contract §3.10.1–3.10.5).
 */
public final class SettingsEndpoints {
  private static final String BASE = "/api/settings/";

  private final SettingsUseCases settings;
  private final JsonBodies bodies;

  public SettingsEndpoints(SettingsUseCases settings, JsonBodies bodies) {
    this.settings = settings;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get(BASE + "general", ctx -> Replies.ok(ctx, GeneralSettingsResponse.from(settings.general().get())))
        .put(BASE + "general", this::updateGeneral)
        .get(BASE + "slack", ctx -> Replies.ok(ctx, SlackSettingsResponse.from(settings.slack().get())))
        .put(BASE + "slack", this::updateSlack)
        .get(BASE + "llm", ctx -> Replies.ok(ctx, LlmSettingsResponse.from(settings.llm().get())))
        .put(BASE + "llm", this::updateLlm)
        .get(BASE + "proxy", ctx -> Replies.ok(ctx, ProxySettingsResponse.from(settings.proxy().get())))
        .put(BASE + "proxy", this::updateProxy)
        .get(BASE + "retention", ctx -> Replies.ok(ctx, RetentionSettingsResponse.from(settings.retention().get())))
        .put(BASE + "retention", this::updateRetention)
        .get(BASE + "retention/last-run", ctx -> Replies.ok(ctx, RetentionRunResponse.from(settings.lastCleanupRun().lastRun())));
  }

  void updateGeneral(Context ctx) {
    JsonBody body = bodies.read(ctx, "base_url");
    String baseUrl = body.optionalString("base_url");
    GeneralSettingsChanges changes = body.validate(() -> GeneralSettingsChanges.of(baseUrl));
    Replies.ok(ctx, GeneralSettingsResponse.from(settings.general().update(changes)));
  }

  void updateSlack(Context ctx) {
    JsonBody body = bodies.read(ctx, "bot_token", "signing_secret", "app_token", "alerts_channel", "enabled");
    SlackSettingsChanges changes =
        SlackSettingsChanges.of(
            body.optionalString("bot_token"),
            body.optionalString("signing_secret"),
            body.optionalString("app_token"),
            body.optionalString("alerts_channel"),
            body.optionalBoolean("enabled"));
    body.finish();
    Replies.ok(ctx, SlackSettingsResponse.from(settings.slack().update(changes)));
  }

  void updateLlm(Context ctx) {
    JsonBody body = bodies.read(ctx, "provider", "api_key", "model", "thinking_level", "base_url");
    String provider = body.requiredString("provider");
    String apiKey = body.optionalString("api_key");
    String model = body.optionalString("model");
    String level = body.optionalString("thinking_level");
    String baseUrl = body.optionalString("base_url");
    LlmProviderChanges changes = body.validate(() -> LlmProviderChanges.of(provider, apiKey, model, level, baseUrl));
    Replies.ok(ctx, LlmSettingsResponse.from(settings.llm().update(changes)));
  }

  void updateProxy(Context ctx) {
    JsonBody body = bodies.read(ctx, "proxy_url", "no_proxy", "services");
    String proxyUrl = body.optionalString("proxy_url");
    String noProxy = body.optionalString("no_proxy");
    Map<String, Object> services = body.optionalObject("services");
    ProxySettingsChanges changes = body.validate(() -> ProxySettingsChanges.of(proxyUrl, noProxy, services));
    Replies.ok(ctx, ProxySettingsResponse.from(settings.proxy().update(changes)));
  }

  void updateRetention(Context ctx) {
    JsonBody body = bodies.read(ctx, "enabled", "retention_days", "cleanup_interval_hours");
    Boolean enabled = body.optionalBoolean("enabled");
    Long days = body.optionalInteger("retention_days");
    Long hours = body.optionalInteger("cleanup_interval_hours");
    RetentionSettingsChanges changes = body.validate(() -> RetentionSettingsChanges.of(enabled, days, hours));
    Replies.ok(ctx, RetentionSettingsResponse.from(settings.retention().update(changes)));
  }
}
