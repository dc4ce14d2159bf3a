package dev.akmatori.application.investigation.tool;

import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tool instance the agent may use (contract §5.4 allowlist): its id, names, type definition and
 * stored settings with secrets <em>decrypted</em> (schema defaults not applied). It travels only
 * between the gateway and the invokers; the model never sees {@code settings}.
 */
public record AllowedInstance(
    long id, String name, LogicalName logicalName, ToolTypeDefinition type, Map<String, Object> settings) {

  /** The setting without which a W operation of a built-in type is refused (§6). */
  public static final String ALLOW_WRITE_OPERATIONS = "allow_write_operations";

  public AllowedInstance {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(logicalName, "logicalName");
    Objects.requireNonNull(type, "type");
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /** True when W operations of a built-in type may run on this instance. */
  public boolean writesAllowed() {
    return Boolean.TRUE.equals(settings.get(ALLOW_WRITE_OPERATIONS));
  }

  public boolean isBuiltin() {
    return type.kind() == ToolKind.BUILTIN;
  }

  @Override
  public String toString() {
    // Settings hold clear secrets: never print them.
    return "AllowedInstance[" + id + ", " + logicalName + ", " + type.name() + "]";
  }
}
