package dev.akmatori.domain.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, unmodifiable, order-keeping copies of JSON-like values (maps with string keys, lists,
 * strings, numbers, booleans, null), with every small integer as a {@link Long}, so a value read
 * back from storage equals the one stored.
 */
public final class FrozenJson {
  private FrozenJson() {}

  /** A JSON object's frozen copy. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Map<String, ?> map) {
    return (Map<String, Object>) of(map);
  }

  /**
   * The frozen copy of any JSON value.
   *
   * @throws IllegalArgumentException for a key that is not a string or a value that is not JSON
   */
  public static Object of(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> copy.put(key(k), of(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) value).forEach(v -> copy.add(of(v)));
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Double
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      return value;
    }
    throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
  }

  private static String key(Object k) {
    if (!(k instanceof String)) {
      throw new IllegalArgumentException("JSON object keys must be strings");
    }
    return (String) k;
  }
}
