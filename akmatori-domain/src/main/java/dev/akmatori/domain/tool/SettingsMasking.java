package dev.akmatori.domain.tool;

import dev.akmatori.domain.shared.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks secrets for responses (§1.7). Values of keys the schema does not know (HTTP-connector
 * extras) are plain by contract and copied as they are.
 */
final class SettingsMasking {
  private SettingsMasking() {}

  static Map<String, Object> mask(SettingsSchema schema, Map<String, ?> settings) {
    Map<String, SchemaNode> properties = schema.root().properties();
    Map<String, Object> out = new LinkedHashMap<>();
    settings.forEach((key, value) -> {
      // Managed values are rendered from their own store; a stored copy could hold private keys.
      if (!schema.managedKeys().contains(key)) {
        out.put(key, masked(properties.get(key), value));
      }
    });
    return JsonValues.frozenMap(out);
  }

  private static Object masked(SchemaNode node, Object value) {
    if (node == null || value == null) {
      return JsonValues.copy(value);
    }
    if (node.secret()) {
      // Whatever the stored type, only the mask of its text leaves the server.
      return Secret.mask(value instanceof String ? (String) value : String.valueOf(value));
    }
    SchemaNode items = node.items();
    if (value instanceof List && items != null) {
      List<Object> out = new ArrayList<>();
      ((List<?>) value).forEach(v -> out.add(masked(items, v)));
      return out;
    }
    if (value instanceof Map && node.hasProperties()) {
      Map<String, SchemaNode> properties = node.properties();
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> out.put((String) k, masked(properties.get(k), v)));
      return out;
    }
    return JsonValues.copy(value);
  }
}
