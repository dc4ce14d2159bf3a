package dev.akmatori.domain.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Rewrites the secret values of a settings map (nested ones too) with a function, e.g. encryption
 * before storage and decryption after. Only non-empty strings are secrets worth rewriting: an empty
 * string is a cleared secret, and the schema types every secret as a string.
 */
final class SettingsSecrets {
  private SettingsSecrets() {}

  static Map<String, Object> transform(SettingsSchema schema, Map<String, ?> settings, UnaryOperator<String> f) {
    return JsonValues.frozenMap(object(schema.root(), settings, f));
  }

  private static Map<String, Object> object(SchemaNode node, Map<?, ?> value, UnaryOperator<String> f) {
    Map<String, SchemaNode> properties = node.properties();
    Map<String, Object> out = new LinkedHashMap<>();
    value.forEach((k, v) -> out.put((String) k, rewrite(properties.get(k), v, f)));
    return out;
  }

  private static Object rewrite(SchemaNode node, Object value, UnaryOperator<String> f) {
    if (node == null || value == null) {
      return JsonValues.copy(value);
    }
    if (node.secret()) {
      return value instanceof String && !((String) value).isEmpty() ? f.apply((String) value) : value;
    }
    SchemaNode items = node.items();
    if (value instanceof List && items != null) {
      List<Object> out = new ArrayList<>();
      ((List<?>) value).forEach(v -> out.add(rewrite(items, v, f)));
      return out;
    }
    if (value instanceof Map && node.hasProperties()) {
      return object(node, (Map<?, ?>) value, f);
    }
    return JsonValues.copy(value);
  }
}
