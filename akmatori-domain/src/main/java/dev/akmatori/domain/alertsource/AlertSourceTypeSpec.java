package dev.akmatori.domain.alertsource;

import java.util.Objects;

/**
 * What the server maintains of a built-in alert source type (contract §3.5): its name, how it is
 * shown, the header that carries its webhook secret and the payload paths its adapter reads (§4.6).
 */
public record AlertSourceTypeSpec(
    String name,
    String displayName,
    String description,
    String webhookSecretHeader,
    FieldMappings defaultFieldMappings) {

  public AlertSourceTypeSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(webhookSecretHeader, "webhookSecretHeader");
    Objects.requireNonNull(defaultFieldMappings, "defaultFieldMappings");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an alert source type needs a name");
    }
  }
}
