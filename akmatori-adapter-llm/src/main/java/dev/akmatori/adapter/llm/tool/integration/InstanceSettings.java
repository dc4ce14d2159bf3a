package dev.akmatori.adapter.llm.tool.integration;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.Map;
import java.util.Optional;

/**
 * An allowed instance's settings with the schema defaults applied (§3.4.2: defaults apply at call
 * time), read leniently by type. Never prints the values: they hold clear secrets.
 */
public final class InstanceSettings {
  private final Map<String, Object> values;

  private InstanceSettings(Map<String, Object> values) {
    this.values = values;
  }

  /** The settings of {@code instance} with its type's defaults filled in. */
  public static InstanceSettings of(AllowedInstance instance) {
    return new InstanceSettings(instance.type().settingsSchema().withDefaults(instance.settings()));
  }

  /** The settings as given, for tests and callers that applied defaults themselves. */
  public static InstanceSettings ofMap(Map<String, Object> values) {
    return new InstanceSettings(Map.copyOf(values));
  }

  /** A non-blank string setting, trimmed. */
  public Optional<String> text(String key) {
    Object value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    String text = String.valueOf(value).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A string setting as stored (secrets are not trimmed), or empty when absent or blank. */
  public Optional<String> secret(String key) {
    Object value = values.get(key);
    return value instanceof String && !((String) value).isBlank()
        ? Optional.of((String) value) : Optional.empty();
  }

  /**
   * A required setting.
   *
   * @throws ToolCallException {@code setting '<key>' is not set} when absent or blank
   */
  public String required(String key) {
    return text(key).orElseThrow(() -> notSet(key));
  }

  /**
   * A required secret, as stored.
   *
   * @throws ToolCallException {@code setting '<key>' is not set} when absent or blank
   */
  public String requiredSecret(String key) {
    return secret(key).orElseThrow(() -> notSet(key));
  }

  private static ToolCallException notSet(String key) {
    return new ToolCallException("setting '" + key + "' is not set");
  }

  public boolean flag(String key, boolean fallback) {
    Object value = values.get(key);
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    return value instanceof String ? Boolean.parseBoolean(((String) value).strip()) : fallback;
  }

  public long integer(String key, long fallback) {
    Object value = values.get(key);
    if (value instanceof Number) {
      return ((Number) value).longValue();
    }
    try {
      return value instanceof String ? Long.parseLong(((String) value).strip()) : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** A stable digest of all values (secrets included), to key caches that must follow edits. */
  public String fingerprint() {
    return SettingsFingerprint.of(values);
  }

  @Override
  public String toString() {
    return "InstanceSettings" + values.keySet();
  }
}
