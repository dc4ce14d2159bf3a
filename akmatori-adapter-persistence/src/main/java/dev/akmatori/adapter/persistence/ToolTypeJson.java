package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.SettingsSchema;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tool type definition in and out of its two text columns: {@code schema_json} (the settings
 * JSON Schema) and {@code operations_json} (the API's operation objects). Which top-level settings
 * the server manages itself ({@code ssh_keys}) is not part of JSON Schema, so for built-in types it
 * is taken from the code's definition of the same name.
 */
final class ToolTypeJson {
  private ToolTypeJson() {}

  static String schema(ToolTypeDefinition definition) {
    return JsonWriter.write(definition.settingsSchema().toMap());
  }

  static String operations(ToolTypeDefinition definition) {
    return JsonWriter.write(definition.operations().stream().map(ToolTypeJson::operation).toList());
  }

  static ToolTypeDefinition definition(
      String name, String kind, String description, String schemaJson, String operationsJson) {
    ToolKind toolKind = ToolKind.fromWireName(kind);
    Map<String, Object> schema = JsonText.parseObject(schemaJson);
    return new ToolTypeDefinition(
        name, toolKind, description, SettingsSchema.of(schema, managedKeys(name, toolKind, schema)),
        operations(operationsJson));
  }

  private static Map<String, Object> operation(ToolOperation op) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", op.name());
    json.put("description", op.description());
    json.put("read_only", op.readOnly());
    json.put("input_schema", op.inputSchema().toMap());
    return json;
  }

  private static List<ToolOperation> operations(String json) {
    Object parsed = JsonText.parse(json);
    if (!(parsed instanceof List)) {
      throw new IllegalArgumentException("operations_json is not an array");
    }
    return ((List<?>) parsed).stream().map(ToolTypeJson::operation).toList();
  }

  @SuppressWarnings("unchecked")
  private static ToolOperation operation(Object item) {
    Map<String, Object> op = (Map<String, Object>) item;
    return new ToolOperation(
        (String) op.get("name"),
        (String) op.get("description"),
        Boolean.TRUE.equals(op.get("read_only")),
        SettingsSchema.of((Map<String, Object>) op.get("input_schema")));
  }

  /** The code's managed keys that the stored schema declares (none before the first refresh). */
  private static Set<String> managedKeys(String name, ToolKind kind, Map<String, Object> schema) {
    if (kind != ToolKind.BUILTIN || !(schema.get("properties") instanceof Map)) {
      return Set.of();
    }
    Map<?, ?> properties = (Map<?, ?>) schema.get("properties");
    return BuiltinToolTypes.byName(name)
        .map(d -> d.settingsSchema().managedKeys().stream().filter(properties::containsKey).collect(Collectors.toSet()))
        .orElse(Set.of());
  }
}
