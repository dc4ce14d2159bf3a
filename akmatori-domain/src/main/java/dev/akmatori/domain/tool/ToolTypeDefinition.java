package dev.akmatori.domain.tool;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of external system (§3.4.1): the schema of its instance settings and the operations the
 * agent can call, in catalogue order. Built-in ones live in {@link BuiltinToolTypes}; each HTTP
 * connector defines one of kind {@link ToolKind#HTTP_CONNECTOR}.
 */
public record ToolTypeDefinition(
    String name,
    ToolKind kind,
    String description,
    SettingsSchema settingsSchema,
    List<ToolOperation> operations) {

  public ToolTypeDefinition {
    if (name == null || name.isBlank() || name.contains(".")) {
      throw new IllegalArgumentException("a tool type needs a name without dots: " + name);
    }
    Objects.requireNonNull(kind, "kind");
    description = description == null ? "" : description;
    Objects.requireNonNull(settingsSchema, "settingsSchema");
    operations = List.copyOf(operations);
    Set<String> seen = new HashSet<>();
    for (ToolOperation op : operations) {
      if (!seen.add(op.name())) {
        throw new IllegalArgumentException("duplicate operation " + name + "." + op.name());
      }
    }
  }

  public Optional<ToolOperation> operation(String operationName) {
    return operations.stream().filter(op -> op.name().equals(operationName)).findFirst();
  }

  /** Validates instance settings by the rules of this kind (strict keys for built-in types). */
  public void validateSettings(Map<String, ?> settings) {
    SettingsValidator.forType(this).validate(settings);
  }
}
