package dev.akmatori.application.investigation.function;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the JSON-Schema parameter objects of the functions. */
final class Schemas {
  private Schemas() {}

  /** {@code {type: object, properties, required}}; {@code properties} alternate name and schema. */
  static Map<String, Object> object(List<String> required, Object... properties) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (int i = 0; i < properties.length; i += 2) {
      props.put((String) properties[i], properties[i + 1]);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", props);
    schema.put("required", List.copyOf(required));
    return schema;
  }

  static Map<String, Object> string(String description) {
    return Map.of("type", "string", "description", description);
  }

  static Map<String, Object> integer(String description, int minimum, Integer maximum) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "integer");
    schema.put("description", description);
    schema.put("minimum", minimum);
    if (maximum != null) {
      schema.put("maximum", maximum);
    }
    return schema;
  }

  static Map<String, Object> freeObject(String description) {
    return Map.of("type", "object", "description", description);
  }

  static Map<String, Object> strings(String description) {
    return Map.of("type", "array", "items", Map.of("type", "string"), "description", description);
  }
}
