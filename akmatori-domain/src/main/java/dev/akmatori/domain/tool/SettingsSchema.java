package dev.akmatori.domain.tool;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An immutable object JSON Schema (the §3.4.1 subset): the settings of a tool type or the
 * arguments of an operation. It wraps the plain map the API serialises as-is and answers which
 * values are secret; {@link #merge}, {@link #mask} and {@link #withDefaults} apply the contract's
 * settings rules (§1.7, §3.4.2).
 */
public final class SettingsSchema {
  private static final SettingsSchema EMPTY = SchemaBuilder.object().build();

  private final Map<String, Object> map;
  private final Set<String> managedKeys;
  private final Set<String> secretPaths;

  private SettingsSchema(Map<String, Object> map, Set<String> managedKeys) {
    this.map = map;
    this.managedKeys = managedKeys;
    this.secretPaths = Collections.unmodifiableSet(secretsOf(root(), "", new LinkedHashSet<>()));
  }

  /**
   * Wraps a schema map (deep-copied); e.g. one rebuilt from storage. Throws {@link
   * IllegalArgumentException} when the root is not an object schema or the structure is malformed.
   */
  public static SettingsSchema of(Map<String, ?> schema) {
    return of(schema, Set.of());
  }

  /** As {@link #of(Map)}, with the top-level properties the server manages itself. */
  public static SettingsSchema of(Map<String, ?> schema, Set<String> managedKeys) {
    Map<String, Object> frozen = JsonValues.frozenMap(schema);
    SchemaNode root = new SchemaNode(frozen);
    if (!root.types().equals(List.of("object"))) {
      throw new IllegalArgumentException("a settings schema must have type object");
    }
    checkStructure(root);
    for (String key : managedKeys) {
      if (!root.properties().containsKey(key)) {
        throw new IllegalArgumentException("managed property " + key + " is not declared");
      }
    }
    return new SettingsSchema(frozen, Set.copyOf(managedKeys));
  }

  /** {@code {type: object, properties: {}, required: []}}: no settings, no arguments. */
  public static SettingsSchema empty() {
    return EMPTY;
  }

  /** The schema as unmodifiable JSON-like data in declaration order. */
  public Map<String, Object> toMap() {
    return map;
  }

  /** Top-level property names in declaration order. */
  public List<String> propertyNames() {
    return List.copyOf(root().properties().keySet());
  }

  public List<String> requiredNames() {
    return root().required();
  }

  /** The schema of one top-level property. */
  public Optional<Map<String, Object>> property(String name) {
    return Optional.ofNullable(root().properties().get(name)).map(SchemaNode::map);
  }

  /** Top-level properties maintained by the server (shown, but ignored on input and in masks). */
  public Set<String> managedKeys() {
    return managedKeys;
  }

  /**
   * Paths of secret values: {@code zabbix_token}; {@code parent.child} inside an object; {@code
   * list[].child} inside the objects of an array.
   */
  public Set<String> secretPaths() {
    return secretPaths;
  }

  /** Whether the value at {@code path} is secret; indices are ignored ({@code a[3].b} = {@code a[].b}). */
  public boolean isSecret(String path) {
    return path != null && secretPaths.contains(path.replaceAll("\\[\\d+]", "[]"));
  }

  /**
   * The update rule of §3.4.2, key by key: {@code null} removes the key, a secret string starting
   * with {@code ****} keeps the stored value, omitted keys stay, anything else replaces. Managed keys
   * in {@code patch} are ignored. Use {@code merge(Map.of(), body)} on create so echoes are dropped.
   */
  public Map<String, Object> merge(Map<String, ?> stored, Map<String, ?> patch) {
    return SettingsMerge.merge(this, stored, patch);
  }

  /** A copy for responses: every secret value (nested too) masked, managed keys left out. */
  public Map<String, Object> mask(Map<String, ?> settings) {
    return SettingsMasking.mask(this, settings);
  }

  /**
   * A copy with {@code f} applied to every non-empty secret string (nested ones too): encryption
   * before storage, decryption after. Values of keys the schema does not know are plain and copied.
   */
  public Map<String, Object> transformSecrets(Map<String, ?> settings, UnaryOperator<String> f) {
    return SettingsSecrets.transform(this, settings, f);
  }

  /** A copy where absent, null or empty values take the schema default, for use at call time. */
  public Map<String, Object> withDefaults(Map<String, ?> settings) {
    return SettingsDefaults.apply(this, settings);
  }

  SchemaNode root() {
    return new SchemaNode(map);
  }

  private static void checkStructure(SchemaNode node) {
    node.types();
    Map<String, SchemaNode> properties = node.properties();
    for (String name : node.required()) {
      if (!properties.containsKey(name)) {
        throw new IllegalArgumentException("required property " + name + " is not declared");
      }
    }
    properties.values().forEach(SettingsSchema::checkStructure);
    if (node.items() != null) {
      checkStructure(node.items());
    }
  }

  private static Set<String> secretsOf(SchemaNode node, String prefix, Set<String> into) {
    node.properties().forEach((name, child) -> {
      String path = prefix + name;
      if (child.secret()) {
        into.add(path);
      }
      secretsOf(child, path + ".", into);
      SchemaNode items = child.items();
      if (items != null) {
        if (items.secret()) {
          into.add(path + "[]");
        }
        secretsOf(items, path + "[].", into);
      }
    });
    return into;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SettingsSchema
        && ((SettingsSchema) o).map.equals(map)
        && ((SettingsSchema) o).managedKeys.equals(managedKeys);
  }

  @Override
  public int hashCode() {
    return map.hashCode() * 31 + managedKeys.hashCode();
  }

  @Override
  public String toString() {
    return "SettingsSchema" + map;
  }
}
