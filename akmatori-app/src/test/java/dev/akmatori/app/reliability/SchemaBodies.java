package dev.akmatori.app.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JSON request bodies derived from a request schema of the spec: a plausible base body (its
 * required properties with example, enum or type-default values) and the same body with one
 * property set to a value the schema forbids. Values no JSON tree can hold (1e309, 10,000 nested
 * arrays, bytes that are not UTF-8) go in as a placeholder string replaced in the serialised text.
 */
final class SchemaBodies {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String PLACEHOLDER = "\u0000reliability-placeholder\u0000";

  private SchemaBodies() {}

  /** The property names of an object schema, in declaration order. */
  static List<String> properties(Schema<?> schema) {
    return schema.getProperties() == null ? List.of() : new ArrayList<>(schema.getProperties().keySet());
  }

  static List<String> required(Schema<?> schema) {
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    return properties(schema).stream().filter(required::contains).toList();
  }

  /** The JSON types a property may have, across {@code oneOf}/{@code anyOf} branches. */
  static Set<String> types(Schema<?> schema) {
    Set<String> types = new LinkedHashSet<>();
    if (schema == null) {
      return types;
    }
    if (schema.getTypes() != null) {
      types.addAll(schema.getTypes());
    }
    if (schema.getType() != null) {
      types.add(schema.getType());
    }
    for (List<Schema> branches : listOf(schema.getOneOf(), schema.getAnyOf())) {
      branches.forEach(b -> types.addAll(types(b)));
    }
    return types;
  }

  static Schema<?> property(Schema<?> schema, String name) {
    return schema.getProperties().get(name);
  }

  /** The required properties with plausible values; {@code {}} when nothing is required. */
  static ObjectNode base(Schema<?> schema) {
    ObjectNode body = NODES.objectNode();
    for (String name : required(schema)) {
      body.set(name, plausible(property(schema, name)));
    }
    return body;
  }

  /** The base body with {@code name} set to {@code value}. */
  static ObjectNode with(Schema<?> schema, String name, JsonNode value) {
    ObjectNode body = base(schema);
    body.set(name, value);
    return body;
  }

  /** A value of a JSON type {@code types} does not allow, preferring the classic mix-ups. */
  static Optional<JsonNode> wrongType(Set<String> types) {
    boolean number = types.contains("integer") || types.contains("number");
    if (types.contains("object") && !types.contains("array")) {
      return Optional.of(NODES.arrayNode()); // an array where an object belongs
    }
    if (number && !types.contains("string")) {
      return Optional.of(NODES.textNode("5")); // a string where a number belongs
    }
    if (types.contains("string") && !number) {
      return Optional.of(NODES.numberNode(12345));
    }
    if (types.contains("boolean") && !types.contains("string")) {
      return Optional.of(NODES.textNode("true"));
    }
    if (types.contains("array") && !types.contains("object")) {
      return Optional.of(NODES.objectNode());
    }
    return Optional.empty();
  }

  /** The first property a number would be wrong for: a number-typed one, else any typed one. */
  static Optional<String> numberTarget(Schema<?> schema) {
    for (String name : properties(schema)) {
      Set<String> t = types(property(schema, name));
      if (t.contains("integer") || t.contains("number")) {
        return Optional.of(name);
      }
    }
    return properties(schema).stream().filter(n -> !types(property(schema, n)).isEmpty()).findFirst();
  }

  /** The first string property, for invalid text. */
  static Optional<String> stringTarget(Schema<?> schema) {
    return properties(schema).stream().filter(n -> types(property(schema, n)).contains("string")).findFirst();
  }

  /**
   * {@code body} serialised with {@code field} (top level) holding {@code rawJson} verbatim, which
   * need not be a value any tree can hold.
   */
  static byte[] withRaw(ObjectNode body, String field, byte[] rawJson) {
    ObjectNode copy = body.deepCopy();
    copy.put(field, PLACEHOLDER);
    String text = text(copy);
    String quoted = text(NODES.textNode(PLACEHOLDER));
    int at = text.indexOf(quoted);
    byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] after = text.substring(at + quoted.length()).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[before.length + rawJson.length + after.length];
    System.arraycopy(before, 0, out, 0, before.length);
    System.arraycopy(rawJson, 0, out, before.length, rawJson.length);
    System.arraycopy(after, 0, out, before.length + rawJson.length, after.length);
    return out;
  }

  static byte[] bytes(JsonNode body) {
    return text(body).getBytes(StandardCharsets.UTF_8);
  }

  private static String text(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode plausible(Schema<?> schema) {
    if (schema.getExample() != null) {
      return JSON.valueToTree(schema.getExample());
    }
    if (schema.getEnum() != null) {
      for (Object value : schema.getEnum()) {
        if (value != null) {
          return JSON.valueToTree(value);
        }
      }
    }
    Set<String> types = types(schema);
    if (types.contains("string")) {
      return NODES.textNode("reliability-probe");
    }
    if (types.contains("integer") || types.contains("number")) {
      return NODES.numberNode(1);
    }
    if (types.contains("boolean")) {
      return NODES.booleanNode(true);
    }
    if (types.contains("array")) {
      return NODES.arrayNode();
    }
    if (schema.getProperties() != null) {
      return base(schema);
    }
    return NODES.objectNode();
  }

  @SafeVarargs
  private static List<List<Schema>> listOf(List<Schema>... lists) {
    List<List<Schema>> out = new ArrayList<>();
    for (List<Schema> l : lists) {
      if (l != null) {
        out.add(l);
      }
    }
    return out;
  }
}
