package dev.akmatori.domain.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON type checks without coercion (§1.4: {@code "5"} is not an integer, {@code 1} is not a
 * boolean, {@code 5.0} is 5) and the §1.3 messages. An array of strings or integers is checked
 * whole, so one bad element reports {@code must be an array of strings} on the array itself.
 */
final class TypeRules {
  private TypeRules() {}

  static boolean matches(SchemaNode node, Object value) {
    List<String> types = node.types();
    if (types.isEmpty()) {
      return true;
    }
    for (String type : types) {
      if (matches(type, node, value)) {
        return true;
      }
    }
    return false;
  }

  /** {@code must be a string}, or a union such as {@code must be a string or an array of strings}. */
  static String message(SchemaNode node) {
    List<String> phrases = new ArrayList<>();
    node.types().forEach(type -> phrases.add(phrase(type, node)));
    return "must be " + String.join(" or ", phrases);
  }

  private static boolean matches(String type, SchemaNode node, Object value) {
    return switch (type) {
      case "string" -> value instanceof String;
      case "integer" -> JsonValues.isInteger(value);
      case "number" -> JsonValues.decimal(value) != null;
      case "boolean" -> value instanceof Boolean;
      case "object" -> value instanceof Map;
      case "array" -> value instanceof List && elementsMatch(node, (List<?>) value);
      case "null" -> value == null;
      default -> false;
    };
  }

  private static boolean elementsMatch(SchemaNode array, List<?> list) {
    String scalar = scalarItemType(array);
    if (scalar == null) {
      return true; // other element kinds are reported one by one, at their own index
    }
    for (Object element : list) {
      if (!matches(scalar, array.items(), element)) {
        return false;
      }
    }
    return true;
  }

  private static String phrase(String type, SchemaNode node) {
    String scalar = scalarItemType(node);
    return switch (type) {
      case "integer" -> "an integer";
      case "object" -> "an object";
      case "array" -> scalar == null ? "an array" : "an array of " + scalar + "s";
      default -> "a " + type;
    };
  }

  /** {@code string} or {@code integer} when the items are exactly that; null otherwise. */
  private static String scalarItemType(SchemaNode array) {
    SchemaNode items = array.items();
    if (items == null) {
      return null;
    }
    List<String> types = items.types();
    if (types.equals(List.of("string")) || types.equals(List.of("integer"))) {
      return types.get(0);
    }
    return null;
  }
}
