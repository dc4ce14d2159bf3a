package dev.akmatori.domain.tool;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for the JSON-like values the core passes around ({@code Map} with String keys, {@code
 * List}, String, Number, Boolean, null), so schemas and settings never need a JSON library.
 */
final class JsonValues {
  private JsonValues() {}

  /** A deep, unmodifiable copy that keeps insertion order; rejects anything that is not JSON-like. */
  static Object frozen(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> copy.put(key(k), frozen(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) value).forEach(v -> copy.add(frozen(v)));
      return Collections.unmodifiableList(copy);
    }
    return scalar(value);
  }

  /** A deep, mutable copy (LinkedHashMap / ArrayList), for results callers may keep editing. */
  static Object copy(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> copy.put(key(k), copy(v)));
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) value).forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return scalar(value);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> frozenMap(Map<String, ?> map) {
    return (Map<String, Object>) frozen(map);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> copyMap(Map<String, ?> map) {
    return (Map<String, Object>) copy(map);
  }

  /** True for a JSON integer: an integral Long/Integer/…, or a number like 5.0 (contract §1.4). */
  static boolean isInteger(Object value) {
    BigDecimal d = decimal(value);
    return d != null && d.stripTrailingZeros().scale() <= 0;
  }

  /** The exact value of a finite number; null for anything else (booleans and NaN included). */
  static BigDecimal decimal(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    return null;
  }

  /** A bound as people write it: {@code 5}, {@code 0.5}, never {@code 5.0}. */
  static String render(Number number) {
    BigDecimal d = decimal(number);
    return d == null ? String.valueOf(number) : d.stripTrailingZeros().toPlainString();
  }

  private static String key(Object k) {
    if (!(k instanceof String)) {
      throw new IllegalArgumentException("JSON object keys must be strings: " + k);
    }
    return (String) k;
  }

  private static Object scalar(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Integer) {
      // One integer representation inside schemas and settings copies keeps equality simple.
      return ((Integer) value).longValue();
    }
    if (value instanceof Number) {
      return value;
    }
    throw new IllegalArgumentException("not a JSON-like value: " + value.getClass().getName());
  }
}
