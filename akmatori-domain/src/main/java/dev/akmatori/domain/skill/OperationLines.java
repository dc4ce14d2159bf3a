package dev.akmatori.domain.skill;

import dev.akmatori.domain.tool.ToolInstance;
import dev.akmatori.domain.tool.ToolOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One operation in an Assigned Tools block: name, marker, description, arguments and example. */
final class OperationLines {
  private OperationLines() {}

  static void append(ToolInstance instance, ToolOperation operation, StringBuilder out) {
    String callable = instance.type().name() + "." + operation.name();
    out.append("- `").append(callable).append("` (")
        .append(operation.readOnly() ? "read-only" : "write").append(')');
    String description = operation.description().strip().replaceAll("\\s+", " ");
    if (!description.isEmpty()) {
      out.append(": ").append(description);
    }
    out.append('\n');
    out.append("  Arguments: ").append(arguments(operation)).append('\n');
    out.append("  Example: `call_tool(\"").append(callable).append("\", ").append(example(operation))
        .append(", instance=\"").append(instance.logicalName()).append("\")`\n");
  }

  private static String arguments(ToolOperation operation) {
    List<String> required = operation.inputSchema().requiredNames();
    List<String> parts = new ArrayList<>();
    for (String name : operation.inputSchema().propertyNames()) {
      Map<String, Object> schema = operation.inputSchema().property(name).orElse(Map.of());
      parts.add("`" + name + "`" + (required.contains(name) ? "*" : "") + " (" + typeOf(schema) + ")");
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /** The JSON object of the required arguments, each with a placeholder of its type. */
  private static String example(ToolOperation operation) {
    List<String> parts = new ArrayList<>();
    for (String name : operation.inputSchema().requiredNames()) {
      Map<String, Object> schema = operation.inputSchema().property(name).orElse(Map.of());
      parts.add("\"" + name + "\": " + placeholder(name, schema));
    }
    return "{" + String.join(", ", parts) + "}";
  }

  static String typeOf(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof List) {
      List<String> names = new ArrayList<>();
      ((List<?>) type).forEach(t -> names.add(String.valueOf(t)));
      return String.join(" or ", names);
    }
    if ("array".equals(type)) {
      Object items = itemType(schema);
      return items instanceof String ? "array of " + items : "array";
    }
    return type instanceof String ? (String) type : "any";
  }

  private static Object itemType(Map<String, Object> schema) {
    return schema.get("items") instanceof Map ? ((Map<?, ?>) schema.get("items")).get("type") : null;
  }

  private static String placeholder(String name, Map<String, Object> schema) {
    if (schema.get("enum") instanceof List && !((List<?>) schema.get("enum")).isEmpty()) {
      Object first = ((List<?>) schema.get("enum")).get(0);
      return first instanceof String ? "\"" + first + "\"" : String.valueOf(first);
    }
    Object type = schema.get("type");
    if (type instanceof List && !((List<?>) type).isEmpty()) {
      type = ((List<?>) type).get(0);
    }
    if (type == null) {
      return "\"<" + name + ">\"";
    }
    switch (String.valueOf(type)) {
      case "integer":
      case "number":
        return "1";
      case "boolean":
        return "true";
      case "array":
        return "string".equals(itemType(schema)) ? "[\"<" + name + ">\"]" : "[]";
      case "object":
        return "{}";
      default:
        return "\"<" + name + ">\"";
    }
  }
}
