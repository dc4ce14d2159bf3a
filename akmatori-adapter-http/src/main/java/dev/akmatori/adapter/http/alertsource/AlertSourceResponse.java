package dev.akmatori.adapter.http.alertsource;

import dev.akmatori.application.alertsource.AlertSourceView;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.AlertSourceConfig;
import java.time.Instant;
import java.util.Map;

/** The AlertSource shape of contract §3.5; the webhook secret only ever masked. */
record AlertSourceResponse(
    long id,
    String uuid,
    long alertSourceTypeId,
    AlertSourceTypeResponse alertSourceType,
    String name,
    String description,
    String webhookSecret,
    Map<String, String> fieldMappings,
    Map<String, Object> settings,
    boolean enabled,
    String webhookUrl,
    Instant createdAt,
    Instant updatedAt) {

  static AlertSourceResponse from(AlertSourceView view) {
    AlertSource s = view.source();
    AlertSourceConfig c = s.config();
    return new AlertSourceResponse(
        s.id(),
        s.uuid().toString(),
        s.type().id(),
        AlertSourceTypeResponse.from(s.type()),
        c.name(),
        c.description(),
        c.webhookSecret().masked(),
        c.fieldMappings().toWire(),
        c.settings(),
        c.enabled(),
        view.webhookUrl(),
        s.createdAt(),
        s.updatedAt());
  }
}
