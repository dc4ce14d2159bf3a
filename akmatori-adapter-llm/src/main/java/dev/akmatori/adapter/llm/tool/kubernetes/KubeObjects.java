package dev.akmatori.adapter.llm.tool.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Navigation and cleaning of Kubernetes objects held as JSON-like maps. */
final class KubeObjects {
  private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  private KubeObjects() {}

  /** The value at {@code path} ({@code "status", "phase"}), or null. */
  static Object at(Object node, String... path) {
    Object current = node;
    for (String key : path) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<?, ?>) current).get(key);
    }
    return current;
  }

  static List<?> list(Object node, String... path) {
    Object value = at(node, path);
    return value instanceof List ? (List<?>) value : List.of();
  }

  static Map<?, ?> map(Object node, String... path) {
    Object value = at(node, path);
    return value instanceof Map ? (Map<?, ?>) value : Map.of();
  }

  static long number(Object node, String... path) {
    Object value = at(node, path);
    return value instanceof Number ? ((Number) value).longValue() : 0;
  }

  /**
   * A copy without the noise of every object: {@code metadata.managedFields} and the {@code
   * last-applied-configuration} annotation (a second copy of the spec); {@code kind: ConfigMap}
   * objects (and the items of a {@code ConfigMapList}) also lose {@code data} and {@code binaryData}.
   */
  static Object clean(Object node) {
    if (node instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<?>) node).forEach(item -> out.add(clean(item)));
      return out;
    }
    if (!(node instanceof Map)) {
      return node;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    ((Map<?, ?>) node).forEach((k, v) -> out.put(String.valueOf(k), clean(v)));
    if (out.get("metadata") instanceof Map) {
      Map<String, Object> metadata = new LinkedHashMap<>(castMap(out.get("metadata")));
      metadata.remove("managedFields");
      if (metadata.get("annotations") instanceof Map) {
        Map<String, Object> annotations = new LinkedHashMap<>(castMap(metadata.get("annotations")));
        annotations.remove(LAST_APPLIED);
        metadata.put("annotations", annotations);
      }
      out.put("metadata", metadata);
    }
    if ("ConfigMap".equals(out.get("kind"))) {
      return withoutData(out);
    }
    if ("ConfigMapList".equals(out.get("kind")) && out.get("items") instanceof List) {
      List<Object> items = new ArrayList<>();
      ((List<?>) out.get("items")).forEach(item -> items.add(withoutData(item)));
      out.put("items", items);
    }
    return out;
  }

  /** A config map without its {@code data} and {@code binaryData}: metadata only. */
  static Object withoutData(Object configMap) {
    if (!(configMap instanceof Map)) {
      return configMap;
    }
    Map<String, Object> out = new LinkedHashMap<>(castMap(configMap));
    out.remove("data");
    out.remove("binaryData");
    return out;
  }

  /** A list reply's items (each shaped by {@code view}) plus its {@code continue} token when more exist. */
  static Map<String, Object> items(Object listReply, Function<Object, Object> view) {
    List<Object> items = new ArrayList<>();
    list(listReply, "items").forEach(item -> items.add(view.apply(item)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", items.size());
    out.put("items", items);
    Object token = at(listReply, "metadata", "continue");
    if (token instanceof String && !((String) token).isEmpty()) {
      out.put("continue", token);
      Object remaining = at(listReply, "metadata", "remainingItemCount");
      if (remaining != null) {
        out.put("remaining_item_count", remaining);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }
}
