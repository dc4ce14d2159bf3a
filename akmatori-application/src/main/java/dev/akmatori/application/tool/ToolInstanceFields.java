package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.LogicalName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The writable fields of a stored tool instance. {@code sealedSettings} are the settings as stored:
 * every secret value is a {@code SecretCipher} text, never the clear value.
 */
public record ToolInstanceFields(
    String name, LogicalName logicalName, Map<String, Object> sealedSettings, boolean enabled) {
  public ToolInstanceFields {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(logicalName, "logicalName");
    sealedSettings = Collections.unmodifiableMap(new LinkedHashMap<>(sealedSettings));
  }
}
