package dev.akmatori.domain.alertsource;

import dev.akmatori.domain.shared.FrozenJson;
import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import java.util.Map;
import java.util.Objects;

/** A validated request to create an alert source of a built-in type (contract §3.5). */
public record AlertSourceDraft(String sourceTypeName, AlertSourceConfig config) {
  public AlertSourceDraft {
    Objects.requireNonNull(config, "config");
    if (!BuiltinAlertSourceTypes.isKnown(sourceTypeName)) {
      throw ValidationException.of("source_type_name", unknownType(sourceTypeName));
    }
  }

  /**
   * Validates every field at once. Absent optional values (null) take their defaults: empty
   * description and secret, no mappings, empty settings, enabled. A webhook secret follows the echo
   * rule against the empty secret, so a masked value creates a source without one.
   */
  public static AlertSourceDraft of(
      String sourceTypeName,
      String name,
      String description,
      String webhookSecret,
      Map<String, ?> fieldMappings,
      Map<String, ?> settings,
      Boolean enabled) {
    Violations v = new Violations();
    if (Text.isBlank(sourceTypeName)) {
      v.add("source_type_name", "is required");
    } else if (!BuiltinAlertSourceTypes.isKnown(sourceTypeName)) {
      v.add("source_type_name", unknownType(sourceTypeName));
    }
    Text.requiredTrimmed(name, "name", AlertSourceConfig.MAX_NAME, v);
    FieldMappings mappings =
        fieldMappings == null ? FieldMappings.none() : FieldMappings.parse(fieldMappings, v);
    v.throwIfAny();
    AlertSourceConfig config =
        new AlertSourceConfig(
            name,
            description == null ? "" : description,
            Secret.empty().updatedWith(webhookSecret),
            mappings,
            settings == null ? Map.of() : FrozenJson.object(settings),
            enabled == null || enabled);
    return new AlertSourceDraft(sourceTypeName, config);
  }

  /** {@code unknown alert source type '<t>'}. */
  public static String unknownType(String name) {
    return "unknown alert source type '" + name + "'";
  }
}
