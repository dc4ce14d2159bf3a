package dev.akmatori.adapter.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.domain.shared.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a parsed JSON tree into the core's JSON-like values: insertion-ordered maps (JSON nulls
 * kept, they mean "remove" in tool settings), lists, strings, booleans, {@code Long} (or {@code
 * BigInteger}) for integers and for whole floats such as {@code 5.0} (contract §1.4), {@code Double}
 * otherwise. A float beyond {@code double} range is reported at its path instead of becoming
 * infinity.
 */
final class PlainJson {
  private static final double LONG_RANGE = 0x1p63;

  private PlainJson() {}

  static Object value(JsonNode node, String path, Violations v) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        map.put(field.getKey(), value(field.getValue(), path + "." + field.getKey(), v));
      }
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        list.add(value(node.get(i), path + "[" + i + "]", v));
      }
      return list;
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      double d = node.doubleValue();
      if (!Double.isFinite(d)) {
        v.add(path, "must be a number");
        return null;
      }
      return d == Math.rint(d) && Math.abs(d) < LONG_RANGE ? (Object) (long) d : d;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asText();
  }
}
