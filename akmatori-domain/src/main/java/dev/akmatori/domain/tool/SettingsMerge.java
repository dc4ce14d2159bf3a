package dev.akmatori.domain.tool;

import dev.akmatori.domain.shared.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings update rule (§3.4.2) with the echo rule (§1.7). Top-level keys merge one by one;
 * a nested value (e.g. {@code ssh_hosts}) replaces the stored one whole, except that a masked echo
 * of a nested secret takes the stored value found at the same position (same array index, same
 * key), because clients send back lists exactly as they read them.
 */
final class SettingsMerge {
  private SettingsMerge() {}

  static Map<String, Object> merge(
      SettingsSchema schema, Map<String, ?> stored, Map<String, ?> patch) {
    Map<String, SchemaNode> properties = schema.root().properties();
    Map<String, Object> result = JsonValues.copyMap(stored);
    patch.forEach((key, value) -> {
      if (schema.managedKeys().contains(key)) {
        return;
      }
      if (value == null) {
        result.remove(key);
        return;
      }
      SchemaNode node = properties.get(key);
      if (node == null) {
        result.put(key, JsonValues.copy(value));
      } else if (node.secret() && isMaskedEcho(value)) {
        // Keep whatever is stored; with nothing stored the echo sets nothing.
        return;
      } else {
        result.put(key, echo(node, value, stored.get(key)));
      }
    });
    return JsonValues.frozenMap(result);
  }

  /** {@code incoming} with every masked nested secret swapped for the stored one in its place. */
  private static Object echo(SchemaNode node, Object incoming, Object stored) {
    SchemaNode items = node.items();
    if (incoming instanceof List && items != null) {
      List<?> in = (List<?>) incoming;
      List<?> old = stored instanceof List ? (List<?>) stored : List.of();
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < in.size(); i++) {
        out.add(echo(items, in.get(i), i < old.size() ? old.get(i) : null));
      }
      return out;
    }
    if (incoming instanceof Map && node.hasProperties()) {
      Map<String, SchemaNode> properties = node.properties();
      Map<?, ?> old = stored instanceof Map ? (Map<?, ?>) stored : Map.of();
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<?, ?>) incoming).forEach((k, v) -> {
        SchemaNode child = properties.get(k);
        if (v == null) {
          return; // null means "not provided" inside a replaced object
        }
        if (child != null && child.secret() && isMaskedEcho(v)) {
          if (old.containsKey(k)) {
            out.put((String) k, JsonValues.copy(old.get(k)));
          }
        } else {
          out.put((String) k, child == null ? JsonValues.copy(v) : echo(child, v, old.get(k)));
        }
      });
      return out;
    }
    return JsonValues.copy(incoming);
  }

  private static boolean isMaskedEcho(Object value) {
    return value instanceof String && ((String) value).startsWith(Secret.MASK_PREFIX);
  }
}
