package dev.akmatori.domain.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies schema defaults at call time (§3.4.2: defaults are never written into stored settings).
 * An empty string counts as unset, matching validation, which lets optional values be "".
 */
final class SettingsDefaults {
  private SettingsDefaults() {}

  static Map<String, Object> apply(SettingsSchema schema, Map<String, ?> settings) {
    return JsonValues.frozenMap(object(schema.root(), settings));
  }

  private static Map<String, Object> object(SchemaNode node, Map<?, ?> value) {
    Map<String, Object> out = new LinkedHashMap<>();
    value.forEach((k, v) -> out.put((String) k, JsonValues.copy(v)));
    node.properties().forEach((name, child) -> {
      Object current = out.get(name);
      if (child.hasDefault() && (current == null || "".equals(current))) {
        out.put(name, JsonValues.copy(child.defaultValue()));
      } else if (current != null) {
        out.put(name, nested(child, current));
      }
    });
    return out;
  }

  private static Object nested(SchemaNode node, Object value) {
    SchemaNode items = node.items();
    if (value instanceof List && items != null && items.hasProperties()) {
      List<Object> out = new ArrayList<>();
      ((List<?>) value).forEach(v -> out.add(v instanceof Map ? object(items, (Map<?, ?>) v) : v));
      return out;
    }
    if (value instanceof Map && node.hasProperties()) {
      return object(node, (Map<?, ?>) value);
    }
    return value;
  }
}
