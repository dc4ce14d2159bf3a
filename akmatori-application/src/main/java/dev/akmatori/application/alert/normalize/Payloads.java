package dev.akmatori.application.alert.normalize;

import dev.akmatori.domain.shared.BadRequestException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading parsed payloads that may have any shape: dot paths through objects (contract §4.4), values
 * as text, and the one error of step 6 of §4.1. Nothing here throws on a wrong type.
 */
public final class Payloads {
  private Payloads() {}

  /** {@code 400 bad_request} {@code Invalid payload: <reason>}. */
  public static BadRequestException invalid(String reason) {
    return new BadRequestException("Invalid payload: " + reason);
  }

  /** The value at a dot-separated path of object keys; null when any step is missing or no object. */
  static Object at(Object root, String path) {
    Object current = root;
    for (String key : path.split("\\.", -1)) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<?, ?>) current).get(key);
    }
    return current;
  }

  /** The text at {@code path}, by the rule of {@link #text(Object)}. */
  static String text(Object root, String path) {
    return text(at(root, path));
  }

  /** Strings as they are, numbers and booleans as their JSON text, anything else {@code ""}. */
  static String text(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Boolean || value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toString();
    }
    if (value instanceof Double) {
      double d = (Double) value;
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) + ".0" : value.toString();
    }
    return "";
  }

  /** The object itself, or an empty map when it is anything else. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  /** An object's scalar values as text, in order; nested objects, arrays and nulls are left out. */
  static Map<String, String> labels(Object value) {
    Map<String, String> labels = new LinkedHashMap<>();
    object(value).forEach((key, v) -> {
      if (v != null && !(v instanceof Map) && !(v instanceof java.util.Collection)) {
        labels.put(key, text(v));
      }
    });
    return labels;
  }
}
