package dev.akmatori.domain.alertsource;

import dev.akmatori.domain.shared.FrozenJson;
import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated partial update of an alert source (contract §3.5): empty fields keep their value;
 * {@code fieldMappings} and {@code settings} replace the whole stored object; {@code webhookSecret}
 * is the value as sent, for the echo rule. The type cannot change.
 */
public record AlertSourceChanges(
    Optional<String> name,
    Optional<String> description,
    Optional<String> webhookSecret,
    Optional<FieldMappings> fieldMappings,
    Optional<Map<String, Object>> settings,
    Optional<Boolean> enabled) {

  public AlertSourceChanges {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    Objects.requireNonNull(fieldMappings, "fieldMappings");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(enabled, "enabled");
    settings = settings.map(FrozenJson::object);
  }

  /** Validates every present field at once; null means "not provided". */
  public static AlertSourceChanges of(
      String name,
      String description,
      String webhookSecret,
      Map<String, ?> fieldMappings,
      Map<String, ?> settings,
      Boolean enabled) {
    Violations v = new Violations();
    String trimmed = name == null ? null : Text.requiredTrimmed(name, "name", AlertSourceConfig.MAX_NAME, v);
    FieldMappings mappings = fieldMappings == null ? null : FieldMappings.parse(fieldMappings, v);
    v.throwIfAny();
    return new AlertSourceChanges(
        Optional.ofNullable(trimmed),
        Optional.ofNullable(description),
        Optional.ofNullable(webhookSecret),
        Optional.ofNullable(mappings),
        Optional.ofNullable(settings).map(FrozenJson::object),
        Optional.ofNullable(enabled));
  }

  /** Changes nothing. */
  public static AlertSourceChanges none() {
    return of(null, null, null, null, null, null);
  }
}
