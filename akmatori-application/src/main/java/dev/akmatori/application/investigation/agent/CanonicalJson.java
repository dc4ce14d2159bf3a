package dev.akmatori.application.investigation.agent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON values in a form where equal JSON compares equal: objects as sorted maps (key order does
 * not matter) and numbers as stripped decimals ({@code 1} equals {@code 1.0}).
 */
final class CanonicalJson {
  private CanonicalJson() {}

  static Object of(Object value) {
    if (value instanceof Map) {
      Map<String, Object> sorted = new TreeMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> sorted.put(String.valueOf(k), of(v)));
      return sorted;
    }
    if (value instanceof List) {
      List<Object> items = new ArrayList<>();
      ((List<?>) value).forEach(v -> items.add(of(v)));
      return items;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros() : value;
    }
    if (value instanceof Number) {
      return new BigDecimal(value.toString()).stripTrailingZeros();
    }
    return value;
  }
}
