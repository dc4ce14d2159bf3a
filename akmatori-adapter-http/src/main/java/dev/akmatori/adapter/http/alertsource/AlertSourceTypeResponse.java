package dev.akmatori.adapter.http.alertsource;

import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.AlertSourceTypeSpec;
import java.time.Instant;
import java.util.Map;

/** The AlertSourceType shape of contract §3.5. */
record AlertSourceTypeResponse(
    long id,
    String name,
    String displayName,
    String description,
    Map<String, String> defaultFieldMappings,
    String webhookSecretHeader,
    Instant createdAt,
    Instant updatedAt) {

  static AlertSourceTypeResponse from(AlertSourceType t) {
    AlertSourceTypeSpec spec = t.spec();
    return new AlertSourceTypeResponse(
        t.id(),
        spec.name(),
        spec.displayName(),
        spec.description(),
        spec.defaultFieldMappings().toWire(),
        spec.webhookSecretHeader(),
        t.createdAt(),
        t.updatedAt());
  }
}
