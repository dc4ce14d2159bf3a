package dev.akmatori.domain.tool;

import dev.akmatori.domain.shared.Violations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Checks a settings (or arguments) map against a {@link SettingsSchema} by the rules of §3.4.2 and
 * reports every failure at its field path ({@code settings.ssh_hosts[0].address}). A null value is
 * "not provided"; an empty string on an optional property means unset, so it skips enum and format
 * checks (the default applies at call time).
 */
public final class SettingsValidator {
  static final String UNKNOWN_SETTING = "unknown setting";

  private final SettingsSchema schema;
  private final String prefix;
  private final boolean rejectUnknownKeys;

  private SettingsValidator(SettingsSchema schema, String prefix, boolean rejectUnknownKeys) {
    this.schema = schema;
    this.prefix = prefix;
    this.rejectUnknownKeys = rejectUnknownKeys;
  }

  /** The validator of instance settings for {@code type}: strict for built-in types. */
  public static SettingsValidator forType(ToolTypeDefinition type) {
    return type.kind() == ToolKind.BUILTIN
        ? forBuiltinSettings(type.settingsSchema())
        : forConnectorSettings(type.settingsSchema());
  }

  /** Unknown keys (top level or nested) are {@code unknown setting}; paths start {@code settings.}. */
  public static SettingsValidator forBuiltinSettings(SettingsSchema schema) {
    return new SettingsValidator(schema, "settings", true);
  }

  /** Keys not in the schema are accepted and stored as plain values (§3.4.2). */
  public static SettingsValidator forConnectorSettings(SettingsSchema schema) {
    return new SettingsValidator(schema, "settings", false);
  }

  /**
   * Operation arguments against an input schema: paths are the bare argument names, and extra
   * arguments pass, as in plain JSON Schema (NetBox list operations take any filter name).
   */
  public static SettingsValidator forArguments(SettingsSchema schema) {
    return new SettingsValidator(schema, "", false);
  }

  /** Throws a {@code ValidationException} listing every failure. */
  public void validate(Map<String, ?> values) {
    Violations violations = new Violations();
    collect(values, violations);
    violations.throwIfAny();
  }

  /** Adds every failure to {@code violations}, so callers can combine extra rules (ssh). */
  public void collect(Map<String, ?> values, Violations violations) {
    checkObject(schema.root(), values, prefix, violations, true);
  }

  private void checkObject(SchemaNode node, Map<?, ?> value, String path, Violations v, boolean top) {
    Map<String, SchemaNode> properties = node.properties();
    List<String> required = node.required();
    properties.forEach((name, child) -> {
      if (top && schema.managedKeys().contains(name)) {
        return; // ignored in requests (ssh_keys)
      }
      Object item = value.get(name);
      if (required.contains(name) && isEmpty(item)) {
        v.add(join(path, name), "is required");
      } else if (item != null) {
        checkValue(child, item, join(path, name), v);
      }
    });
    if (rejectUnknownKeys) {
      value.forEach((k, item) -> {
        // A null for an unknown key is a removal in an update, never an error.
        if (item != null && !properties.containsKey(k)) {
          v.add(join(path, String.valueOf(k)), UNKNOWN_SETTING);
        }
      });
    }
  }

  private void checkValue(SchemaNode node, Object value, String path, Violations v) {
    if (!TypeRules.matches(node, value)) {
      v.add(path, TypeRules.message(node));
      return;
    }
    if ("".equals(value)) {
      return;
    }
    List<?> allowed = node.enumValues();
    if (allowed != null && !allowed.contains(value)) {
      v.add(path, "must be one of " + String.join(", ", allowed.stream().map(String::valueOf).toList()));
      return;
    }
    BigDecimal number = JsonValues.decimal(value);
    if (number != null && !inRange(node, number)) {
      v.add(path, rangeMessage(node));
      return;
    }
    if ("uri".equals(node.format()) && value instanceof String && !HttpUrls.isValid((String) value)) {
      v.add(path, "must be a valid http or https URL");
      return;
    }
    if (value instanceof Map && node.hasProperties()) {
      checkObject(node, (Map<?, ?>) value, path, v, false);
    }
    SchemaNode items = node.items();
    if (value instanceof List && items != null) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        Object element = list.get(i);
        String at = path + "[" + i + "]";
        if (element == null) {
          v.add(at, TypeRules.message(items));
        } else {
          checkValue(items, element, at, v);
        }
      }
    }
  }

  private static boolean inRange(SchemaNode node, BigDecimal number) {
    Number min = node.minimum();
    Number max = node.maximum();
    return (min == null || number.compareTo(JsonValues.decimal(min)) >= 0)
        && (max == null || number.compareTo(JsonValues.decimal(max)) <= 0);
  }

  private static String rangeMessage(SchemaNode node) {
    Number min = node.minimum();
    Number max = node.maximum();
    if (min != null && max != null) {
      return "must be between " + JsonValues.render(min) + " and " + JsonValues.render(max);
    }
    return min != null ? "must be at least " + JsonValues.render(min) : "must be at most " + JsonValues.render(max);
  }

  /** "Present and non-empty" (§3.4.2): blank strings and empty arrays/objects count as missing. */
  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String && ((String) value).isBlank())
        || (value instanceof List && ((List<?>) value).isEmpty())
        || (value instanceof Map && ((Map<?, ?>) value).isEmpty());
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
