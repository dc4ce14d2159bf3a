package dev.akmatori.domain.alertsource;

import dev.akmatori.domain.shared.FrozenJson;
import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;
import java.util.Map;
import java.util.Objects;

/**
 * What a user controls of an alert source (contract §3.5): name (trimmed, 1–128 code points),
 * description, webhook secret (empty = no check), field mappings, free-form settings and whether it
 * is enabled. An invalid name throws a {@code ValidationException}.
 */
public record AlertSourceConfig(
    String name,
    String description,
    Secret webhookSecret,
    FieldMappings fieldMappings,
    Map<String, Object> settings,
    boolean enabled) {

  public static final int MAX_NAME = 128;

  public AlertSourceConfig {
    Violations v = new Violations();
    name = Text.requiredTrimmed(name, "name", MAX_NAME, v);
    v.throwIfAny();
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    Objects.requireNonNull(fieldMappings, "fieldMappings");
    settings = FrozenJson.object(settings);
  }

  /** This configuration with {@code changes} applied; the echo rule decides the secret. */
  public AlertSourceConfig with(AlertSourceChanges changes) {
    return new AlertSourceConfig(
        changes.name().orElse(name),
        changes.description().orElse(description),
        changes.webhookSecret().map(webhookSecret::updatedWith).orElse(webhookSecret),
        changes.fieldMappings().orElse(fieldMappings),
        changes.settings().orElse(settings),
        changes.enabled().orElse(enabled));
  }

  @Override
  public String toString() {
    return "AlertSourceConfig[name=" + name + ", webhookSecret=" + webhookSecret + ", enabled=" + enabled + "]";
  }
}
