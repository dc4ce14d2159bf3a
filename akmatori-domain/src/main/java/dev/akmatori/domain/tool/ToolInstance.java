package dev.akmatori.domain.tool;

import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One configured system of a tool type (contract §3.4.2) with its settings in clear. The settings
 * hold secrets: show them only through {@link #maskedSettings()}; {@link #toString()} does so too.
 */
public record ToolInstance(
    ToolInstanceId id,
    ToolType type,
    String name,
    LogicalName logicalName,
    Map<String, Object> settings,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {
  /** Longest name, in code points. */
  public static final int MAX_NAME = 128;

  public ToolInstance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(logicalName, "logicalName");
    settings = JsonValues.frozenMap(settings);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The name rule: trimmed, 1–128 code points; records {@code is required} or the length error. */
  public static String validName(String raw, Violations violations) {
    return Text.requiredTrimmed(raw, "name", MAX_NAME, violations);
  }

  /** The settings for responses: secrets masked, managed keys ({@code ssh_keys}) left out. */
  public Map<String, Object> maskedSettings() {
    return type.settingsSchema().mask(settings);
  }

  @Override
  public String toString() {
    return "ToolInstance[id=" + id + ", type=" + type.name() + ", name=" + name + ", logicalName="
        + logicalName + ", settings=" + maskedSettings() + ", enabled=" + enabled + "]";
  }
}
