package dev.akmatori.domain.tool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fluent builder of the JSON Schema subset of contract §3.4.1, e.g. {@code
 * object().property("zabbix_url", string().format("uri")).required("zabbix_url").build()}. Keywords
 * are emitted in one fixed order whatever the call order, so the API output is stable. Not
 * thread-safe; build once.
 */
public final class SchemaBuilder {
  private final Object type;
  private String description;
  private boolean hasDefault;
  private Object defaultValue;
  private List<String> enumValues;
  private Long minimum;
  private Long maximum;
  private String format;
  private boolean secret;
  private SchemaBuilder items;
  private final Map<String, SchemaBuilder> properties = new LinkedHashMap<>();
  private final Set<String> required = new LinkedHashSet<>();
  private final Set<String> managed = new LinkedHashSet<>();

  private SchemaBuilder(Object type) {
    this.type = type;
  }

  public static SchemaBuilder object() {
    return new SchemaBuilder("object");
  }

  public static SchemaBuilder string() {
    return new SchemaBuilder("string");
  }

  public static SchemaBuilder integer() {
    return new SchemaBuilder("integer");
  }

  public static SchemaBuilder number() {
    return new SchemaBuilder("number");
  }

  public static SchemaBuilder bool() {
    return new SchemaBuilder("boolean");
  }

  public static SchemaBuilder array(SchemaBuilder items) {
    return new SchemaBuilder("array").items(items);
  }

  /** A value of any of the given types, e.g. {@code oneOfTypes("string", "array")}. */
  public static SchemaBuilder oneOfTypes(String... types) {
    return new SchemaBuilder(List.of(types));
  }

  public SchemaBuilder description(String text) {
    this.description = text;
    return this;
  }

  public SchemaBuilder defaultValue(Object value) {
    this.hasDefault = true;
    this.defaultValue = JsonValues.frozen(value);
    return this;
  }

  public SchemaBuilder enumOf(String... values) {
    this.enumValues = List.of(values);
    return this;
  }

  public SchemaBuilder minimum(long value) {
    this.minimum = value;
    return this;
  }

  public SchemaBuilder maximum(long value) {
    this.maximum = value;
    return this;
  }

  /** Both bounds, inclusive. */
  public SchemaBuilder range(long min, long max) {
    return minimum(min).maximum(max);
  }

  /** {@code uri} (validated: absolute http/https URL) or {@code textarea} (a UI hint only). */
  public SchemaBuilder format(String format) {
    this.format = format;
    return this;
  }

  /** Marks the value secret: masked in responses, echo rule on input, encrypted at rest (§1.7). */
  public SchemaBuilder secret() {
    this.secret = true;
    return this;
  }

  public SchemaBuilder items(SchemaBuilder items) {
    this.items = items;
    return this;
  }

  public SchemaBuilder property(String name, SchemaBuilder schema) {
    if (properties.putIfAbsent(name, schema) != null) {
      throw new IllegalArgumentException("duplicate property " + name);
    }
    return this;
  }

  public SchemaBuilder required(String... names) {
    required.addAll(Arrays.asList(names));
    return this;
  }

  /**
   * Declares top-level properties the server maintains through other routes (ssh's {@code
   * ssh_keys}): shown in the schema, ignored in requests, left out of masked output. Not a JSON
   * Schema keyword, so it is kept beside the map.
   */
  public SchemaBuilder managed(String... names) {
    managed.addAll(Arrays.asList(names));
    return this;
  }

  /** The immutable schema; the root must be an object. */
  public SettingsSchema build() {
    return SettingsSchema.of(toMap(true), managed);
  }

  /** The schema as plain JSON-like data (a fresh, mutable map). */
  public Map<String, Object> toMap() {
    return toMap(true);
  }

  private Map<String, Object> toMap(boolean root) {
    boolean isObject = "object".equals(type);
    if (!isObject && !(properties.isEmpty() && required.isEmpty())) {
      throw new IllegalArgumentException("only object schemas have properties");
    }
    for (String name : required) {
      if (!properties.containsKey(name)) {
        throw new IllegalArgumentException("required property " + name + " is not declared");
      }
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", type);
    putIfSet(map, "description", description);
    putIfSet(map, "format", format);
    putIfSet(map, "enum", enumValues);
    if (hasDefault) {
      map.put("default", defaultValue);
    }
    putIfSet(map, "minimum", minimum);
    putIfSet(map, "maximum", maximum);
    if (secret) {
      map.put("secret", true);
    }
    if (items != null) {
      map.put("items", items.toMap(false));
    }
    // Roots always carry properties/required (function-calling APIs expect them); nested objects
    // only when they declare some, so a free-form object stays {type: object}.
    if (isObject && (root || !properties.isEmpty())) {
      Map<String, Object> props = new LinkedHashMap<>();
      properties.forEach((name, schema) -> props.put(name, schema.toMap(false)));
      map.put("properties", props);
      map.put("required", new ArrayList<Object>(required));
    }
    return map;
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
