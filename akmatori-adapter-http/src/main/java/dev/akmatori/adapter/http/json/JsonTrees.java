package dev.akmatori.adapter.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns parsed JSON into the JSON-like Java values the core takes ({@code Map} in key order, {@code
 * List}, String, Long or BigInteger, Double or BigDecimal, Boolean, null), with no coercion. A
 * number too large for a double throws {@link IllegalArgumentException}.
 */
final class JsonTrees {
  private JsonTrees() {}

  static Map<String, Object> object(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      map.put(field.getKey(), value(field.getValue()));
    }
    return map;
  }

  private static Object value(JsonNode node) {
    if (node.isObject()) {
      return object(node);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(value(item)));
      return list;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isBigDecimal()) {
      return node.decimalValue();
    }
    if (node.isNumber()) {
      double d = node.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("number out of range");
      }
      return d;
    }
    return null;
  }
}
