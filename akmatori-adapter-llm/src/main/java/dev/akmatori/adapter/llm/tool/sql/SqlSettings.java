package dev.akmatori.adapter.llm.tool.sql;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import java.util.Map;

/**
 * An instance's settings with the schema's defaults applied (§3.4.2: defaults apply at call time).
 * A missing required value is a tool error naming the instance, never a secret.
 */
public final class SqlSettings {
  private final String instance;
  private final Map<String, Object> values;

  public SqlSettings(AllowedInstance instance) {
    this.instance = instance.logicalName().value();
    this.values = instance.type().settingsSchema().withDefaults(instance.settings());
  }

  /** A non-empty string setting. */
  public String text(String key) {
    Object value = values.get(key);
    if (!(value instanceof String) || ((String) value).isEmpty()) {
      throw missing(key);
    }
    return (String) value;
  }

  /** A string setting that may be empty (e.g. a password on a trusted network). */
  public String optionalText(String key) {
    Object value = values.get(key);
    return value instanceof String ? (String) value : "";
  }

  /** A whole-number setting. */
  public int integer(String key) {
    Object value = values.get(key);
    if (!(value instanceof Number) || ((Number) value).doubleValue() % 1 != 0) {
      throw missing(key);
    }
    return ((Number) value).intValue();
  }

  public boolean flag(String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  private ToolCallException missing(String key) {
    return new ToolCallException("instance '" + instance + "' has no valid " + key + " setting");
  }
}
