package dev.akmatori.adapter.http.connector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.http.json.JsonBody;
import java.util.Iterator;
import java.util.Set;

/**
 * Strict reading of one nested JSON object of a body (an {@code auth_config}, a ToolDef, a Param):
 * only {@code fields} are accepted, values are never coerced, and every problem is recorded in the
 * body at its path ({@code tools[1].params[0].in}). JSON null means "not provided".
 */
final class NestedFields {
  private final JsonBody body;
  private final JsonNode node;
  private final String prefix;

  NestedFields(JsonBody body, JsonNode node, String prefix, String... fields) {
    this.body = body;
    this.node = node;
    this.prefix = prefix;
    Set<String> accepted = Set.of(fields);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!accepted.contains(name)) {
        body.reject(prefix + name, "unknown field");
      }
    }
  }

  String string(String field) {
    JsonNode value = value(field);
    if (value != null && !value.isTextual()) {
      body.reject(prefix + field, "must be a string");
      return null;
    }
    return value == null ? null : value.textValue();
  }

  Boolean bool(String field) {
    JsonNode value = value(field);
    if (value != null && !value.isBoolean()) {
      body.reject(prefix + field, "must be a boolean");
      return null;
    }
    return value == null ? null : value.booleanValue();
  }

  /** Any JSON value as plain data; null when absent or JSON null. */
  Object any(String field) {
    JsonNode value = value(field);
    return value == null ? null : body.plainValue(value, prefix + field);
  }

  /** The raw value, null when absent or JSON null. */
  JsonNode value(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  String path(String field) {
    return prefix + field;
  }
}
