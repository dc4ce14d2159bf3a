package dev.akmatori.application.investigation.function;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed arguments from a call's JSON object; a wrong or missing value is a {@link
 * FunctionException} naming the argument.
 */
final class CallArguments {
  private CallArguments() {}

  static String requiredString(Map<String, Object> args, String key) {
    return optionalString(args, key)
        .filter(s -> !s.isBlank())
        .orElseThrow(() -> new FunctionException("missing required argument '" + key + "'"));
  }

  static Optional<String> optionalString(Map<String, Object> args, String key) {
    Object value = args.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String)) {
      throw new FunctionException("argument '" + key + "' must be a string");
    }
    return Optional.of((String) value);
  }

  /** A string that may be empty but must be present ({@code content} of a file). */
  static String presentString(Map<String, Object> args, String key) {
    return optionalString(args, key)
        .orElseThrow(() -> new FunctionException("missing required argument '" + key + "'"));
  }

  /** An integer within {@code [min, max]}; {@code 5.0} counts as 5 (contract §1.4). */
  static int optionalInt(Map<String, Object> args, String key, int fallback, int min, int max) {
    Object value = args.get(key);
    if (value == null) {
      return fallback;
    }
    BigDecimal number = decimal(value);
    if (number == null || number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      String range = max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
      throw new FunctionException("argument '" + key + "' must be an integer " + range);
    }
    return number.intValueExact();
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    return value instanceof Number ? new BigDecimal(value.toString()) : null;
  }

  /** A JSON object argument; empty when absent. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> optionalObject(Map<String, Object> args, String key) {
    Object value = args.get(key);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map)) {
      throw new FunctionException("argument '" + key + "' must be an object");
    }
    return (Map<String, Object>) value;
  }

  /** An array of strings; empty when absent. */
  static List<String> optionalStrings(Map<String, Object> args, String key) {
    Object value = args.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List)) {
      throw new FunctionException("argument '" + key + "' must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) value) {
      if (!(item instanceof String)) {
        throw new FunctionException("argument '" + key + "' must be an array of strings");
      }
      out.add((String) item);
    }
    return out;
  }
}
