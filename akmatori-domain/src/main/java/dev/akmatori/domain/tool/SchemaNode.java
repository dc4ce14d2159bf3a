package dev.akmatori.domain.tool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read access to the keywords of one (sub)schema map; schemas stay plain maps underneath. */
final class SchemaNode {
  private final Map<String, Object> map;

  SchemaNode(Map<String, Object> map) {
    this.map = map;
  }

  Map<String, Object> map() {
    return map;
  }

  /** The declared types: {@code "type": "string"} or a union {@code ["string", "array"]}. */
  List<String> types() {
    Object type = map.get("type");
    if (type instanceof String) {
      return List.of((String) type);
    }
    if (type instanceof List) {
      return strings((List<?>) type);
    }
    return List.of();
  }

  /** Child schemas in declaration order; empty for a free-form object. */
  Map<String, SchemaNode> properties() {
    Object props = map.get("properties");
    if (!(props instanceof Map)) {
      return Map.of();
    }
    Map<String, SchemaNode> nodes = new LinkedHashMap<>();
    ((Map<?, ?>) props).forEach((k, v) -> nodes.put((String) k, node(v)));
    return Collections.unmodifiableMap(nodes);
  }

  boolean hasProperties() {
    return map.get("properties") instanceof Map;
  }

  List<String> required() {
    Object required = map.get("required");
    return required instanceof List ? strings((List<?>) required) : List.of();
  }

  /** The schema of array elements, or null when the array is untyped. */
  SchemaNode items() {
    Object items = map.get("items");
    return items instanceof Map ? node(items) : null;
  }

  /** The allowed values, or null when any value of the type is allowed. */
  List<?> enumValues() {
    Object values = map.get("enum");
    return values instanceof List ? (List<?>) values : null;
  }

  Number minimum() {
    Object n = map.get("minimum");
    return n instanceof Number ? (Number) n : null;
  }

  Number maximum() {
    Object n = map.get("maximum");
    return n instanceof Number ? (Number) n : null;
  }

  String format() {
    Object f = map.get("format");
    return f instanceof String ? (String) f : null;
  }

  boolean secret() {
    return Boolean.TRUE.equals(map.get("secret"));
  }

  boolean hasDefault() {
    return map.containsKey("default");
  }

  Object defaultValue() {
    return map.get("default");
  }

  @SuppressWarnings("unchecked")
  private static SchemaNode node(Object value) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("a property schema must be an object");
    }
    return new SchemaNode((Map<String, Object>) value);
  }

  private static List<String> strings(List<?> values) {
    for (Object v : values) {
      if (!(v instanceof String)) {
        throw new IllegalArgumentException("expected a list of strings: " + values);
      }
    }
    @SuppressWarnings("unchecked")
    List<String> strings = (List<String>) values;
    return strings;
  }
}
