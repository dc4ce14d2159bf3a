package dev.akmatori.domain.tool;

import java.util.Map;
import java.util.Objects;

/**
 * One operation the agent can call on a tool type ({@code <type>.<name>}), with the JSON Schema of
 * its arguments. {@code readOnly} false marks a W operation (§6), refused unless the instance allows
 * writes (§5.4).
 */
public record ToolOperation(
    String name, String description, boolean readOnly, SettingsSchema inputSchema) {
  public ToolOperation {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an operation needs a name");
    }
    description = description == null ? "" : description;
    Objects.requireNonNull(inputSchema, "inputSchema");
  }

  /** Throws a {@code ValidationException} naming each bad argument; extra arguments pass. */
  public void validateArguments(Map<String, ?> arguments) {
    SettingsValidator.forArguments(inputSchema).validate(arguments);
  }
}
