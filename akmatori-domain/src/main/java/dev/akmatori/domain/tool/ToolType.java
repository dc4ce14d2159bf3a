package dev.akmatori.domain.tool;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored tool type (contract §3.4.1): its definition plus id, owning HTTP connector ({@code null}
 * for built-in types) and timestamps.
 */
public record ToolType(
    ToolTypeId id, ToolTypeDefinition definition, Long connectorId, Instant createdAt, Instant updatedAt) {

  public ToolType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (connectorId != null && connectorId <= 0) {
      throw new IllegalArgumentException("connector id must be positive: " + connectorId);
    }
  }

  public String name() {
    return definition.name();
  }

  public ToolKind kind() {
    return definition.kind();
  }

  public String description() {
    return definition.description();
  }

  public SettingsSchema settingsSchema() {
    return definition.settingsSchema();
  }

  /** The built-in {@code ssh} type, the only one with SSH keys (§3.4.3). */
  public boolean isSsh() {
    return kind() == ToolKind.BUILTIN && SshToolType.NAME.equals(name());
  }
}
