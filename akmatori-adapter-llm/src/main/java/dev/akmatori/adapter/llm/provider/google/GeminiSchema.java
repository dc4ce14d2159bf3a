package dev.akmatori.adapter.llm.provider.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.adapter.llm.http.ProviderJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts a function's JSON Schema to the OpenAPI subset Gemini's {@code parameters} accept, which
 * rejects unknown keywords with a 400. Kept: {@code type}, {@code description}, {@code nullable},
 * string {@code enum}, {@code format} where Gemini knows it, bounds, {@code properties}, {@code
 * required} (only names that are properties), {@code items} and {@code anyOf}. Dropped: everything
 * else ({@code additionalProperties}, {@code default}, {@code secret}, {@code $schema}, {@code
 * pattern}, …). A union {@code type} array becomes one type: {@code null} becomes {@code nullable},
 * then {@code string} wins when listed (every value can be written as one), else the first listed.
 */
final class GeminiSchema {
  private static final Map<String, Set<String>> FORMATS =
      Map.of("string", Set.of("enum", "date-time"), "integer", Set.of("int32", "int64"),
          "number", Set.of("float", "double"));
  private static final List<String> STRING_BOUNDS = List.of("minLength", "maxLength");
  private static final List<String> NUMBER_BOUNDS = List.of("minimum", "maximum");
  private static final List<String> ARRAY_BOUNDS = List.of("minItems", "maxItems");
  private static final List<String> OBJECT_BOUNDS = List.of("minProperties", "maxProperties");

  private GeminiSchema() {}

  /** The converted schema; empty for a function without parameters (Gemini rejects an empty object). */
  static Optional<ObjectNode> parameters(Map<String, Object> jsonSchema) {
    if (jsonSchema.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode converted = convert(ProviderJson.MAPPER.valueToTree(jsonSchema));
    boolean empty = "object".equals(converted.path("type").asText()) && !converted.has("properties");
    return empty ? Optional.empty() : Optional.of(converted);
  }

  static ObjectNode convert(JsonNode schema) {
    ObjectNode out = ProviderJson.MAPPER.createObjectNode();
    if (!schema.isObject()) {
      return out.put("type", "string");
    }
    List<String> types = types(schema);
    boolean nullable = types.remove("null") || schema.path("nullable").asBoolean(false);
    JsonNode union = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
    if (types.isEmpty() && union != null && union.isArray()) {
      return union(schema, union, nullable);
    }
    String type = types.isEmpty() ? "string" : types.contains("string") ? "string" : types.get(0);
    out.put("type", type);
    copyText(schema, out, "description");
    if (nullable) {
      out.put("nullable", true);
    }
    String format = schema.path("format").asText("");
    if (FORMATS.getOrDefault(type, Set.of()).contains(format)) {
      out.put("format", format);
    }
    switch (type) {
      case "string":
        strings(schema, out);
        break;
      case "integer":
      case "number":
        copyNumbers(schema, out, NUMBER_BOUNDS);
        break;
      case "array":
        JsonNode items = schema.path("items");
        out.set("items", convert(items.isArray() ? items.path(0) : items));
        copyNumbers(schema, out, ARRAY_BOUNDS);
        break;
      case "object":
        object(schema, out);
        break;
      default:
        break;
    }
    return out;
  }

  /** The declared types in order, or the one implied by the keywords present. */
  private static List<String> types(JsonNode schema) {
    List<String> types = new ArrayList<>();
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      types.add(type.asText());
    } else if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (schema.has("properties")) {
      types.add("object");
    } else if (schema.has("items")) {
      types.add("array");
    } else if (schema.has("enum") || schema.path("const").isTextual()) {
      types.add("string");
    }
    return types;
  }

  /** {@code anyOf}/{@code oneOf} without a type: one variant is inlined, several stay {@code anyOf}. */
  private static ObjectNode union(JsonNode schema, JsonNode variants, boolean nullable) {
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode variant : variants) {
      if ("null".equals(variant.path("type").asText())) {
        nullable = true;
      } else {
        kept.add(variant);
      }
    }
    ObjectNode out;
    if (kept.size() == 1) {
      out = convert(kept.get(0));
    } else {
      out = ProviderJson.MAPPER.createObjectNode();
      ArrayNode anyOf = out.putArray("anyOf");
      kept.forEach(v -> anyOf.add(convert(v)));
    }
    if (!out.has("description")) {
      copyText(schema, out, "description");
    }
    return nullable ? out.put("nullable", true) : out;
  }

  private static void strings(JsonNode schema, ObjectNode out) {
    JsonNode values = schema.path("enum");
    boolean allText = values.isArray() && !values.isEmpty();
    for (JsonNode value : values) {
      allText &= value.isTextual();
    }
    if (allText) {
      out.set("enum", values.deepCopy());
    } else if (schema.path("const").isTextual()) {
      out.putArray("enum").add(schema.path("const").asText());
    }
    copyNumbers(schema, out, STRING_BOUNDS);
  }

  private static void object(JsonNode schema, ObjectNode out) {
    JsonNode properties = schema.path("properties");
    if (!properties.isObject() || properties.isEmpty()) {
      return;
    }
    ObjectNode converted = out.putObject("properties");
    properties.properties().forEach(p -> converted.set(p.getKey(), convert(p.getValue())));
    ArrayNode required = ProviderJson.MAPPER.createArrayNode();
    schema.path("required").forEach(name -> {
      if (converted.has(name.asText())) {
        required.add(name.asText());
      }
    });
    if (!required.isEmpty()) {
      out.set("required", required);
    }
    copyNumbers(schema, out, OBJECT_BOUNDS);
  }

  private static void copyNumbers(JsonNode schema, ObjectNode out, List<String> keys) {
    for (String key : keys) {
      if (schema.path(key).isNumber()) {
        out.set(key, schema.get(key));
      }
    }
  }

  private static void copyText(JsonNode schema, ObjectNode out, String key) {
    if (schema.path(key).isTextual()) {
      out.put(key, schema.path(key).asText());
    }
  }
}
