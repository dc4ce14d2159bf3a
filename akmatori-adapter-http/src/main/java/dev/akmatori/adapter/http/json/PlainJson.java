package dev.akmatori.adapter.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON tree as the plain values the core uses (contract §1.4, architecture: JSON-like
 * data is {@code Map<String, Object>}): ordered maps, lists, strings, {@code Long} or {@code
 * BigInteger}, {@code Double} or {@code BigDecimal}, booleans and null.
 */
final class PlainJson {
  private PlainJson() {}

  static Map<String, Object> object(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue())));
    return Collections.unmodifiableMap(map);
  }

  private static Object value(JsonNode node) {
    if (node.isObject()) {
      return object(node);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(value(item)));
      return Collections.unmodifiableList(list);
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
    if (node.isNumber()) {
      double d = node.doubleValue();
      return Double.isFinite(d) ? (Object) d : node.decimalValue();
    }
    return null;
  }
}
