package dev.akmatori.adapter.llm.tool.integration;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, lenient reading of a call's arguments. The gateway has already validated them against the
 * operation's input schema, so these readers only normalise (numbers given as text, one string for
 * a list) and report what is still unusable as {@code invalid arguments: <name>: <problem>}.
 */
public final class Arguments {
  private final Map<String, Object> values;

  public Arguments(Map<String, Object> values) {
    this.values = values == null ? Map.of() : values;
  }

  /** Whether {@code name} was given (not null). */
  public boolean has(String name) {
    return values.get(name) != null;
  }

  /** The value as given, or empty. */
  public Optional<Object> raw(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** A required non-blank text (numbers are rendered as text). */
  public String text(String name) {
    return optionalText(name).orElseThrow(() -> invalid(name, "is required"));
  }

  /** A non-blank text, numbers rendered plainly ({@code 1700000000}, not {@code 1.7E9}). */
  public Optional<String> optionalText(String name) {
    Object value = values.get(name);
    if (value instanceof Number) {
      return Optional.of(new BigDecimal(value.toString()).stripTrailingZeros().toPlainString());
    }
    if (value == null || value instanceof Map || value instanceof List) {
      return Optional.empty();
    }
    String text = String.valueOf(value).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A whole number (integers given as text are accepted). */
  public Optional<Long> integer(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(value.toString().strip()).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw invalid(name, "must be an integer");
    }
  }

  /** A flag ({@code "true"} and {@code "false"} accepted as text). */
  public Optional<Boolean> flag(String name) {
    Object value = values.get(name);
    if (value instanceof Boolean) {
      return Optional.of((Boolean) value);
    }
    if (value instanceof String && ((String) value).strip().matches("(?i)true|false")) {
      return Optional.of(Boolean.parseBoolean(((String) value).strip()));
    }
    if (value != null) {
      throw invalid(name, "must be a boolean");
    }
    return Optional.empty();
  }

  /** A list of texts; one text counts as a list of one; absent is empty. */
  public List<String> texts(String name) {
    Object value = values.get(name);
    List<String> out = new ArrayList<>();
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (item != null && !(item instanceof Map) && !(item instanceof List)) {
          out.add(String.valueOf(item));
        }
      }
    } else if (value != null && !(value instanceof Map)) {
      out.add(String.valueOf(value));
    }
    return out;
  }

  /** An object argument (a copy), or empty. */
  public Optional<Map<String, Object>> object(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Map)) {
      throw invalid(name, "must be an object");
    }
    return Optional.of(copy((Map<?, ?>) value));
  }

  /** A list of objects (copies); absent is empty. */
  public List<Map<String, Object>> objects(String name) {
    Object value = values.get(name);
    List<Map<String, Object>> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (!(value instanceof List)) {
      throw invalid(name, "must be an array of objects");
    }
    for (Object item : (List<?>) value) {
      if (!(item instanceof Map)) {
        throw invalid(name, "must be an array of objects");
      }
      out.add(copy((Map<?, ?>) item));
    }
    return out;
  }

  /** The tool error for an unusable argument. */
  public static ToolCallException invalid(String name, String problem) {
    return new ToolCallException("invalid arguments: " + name + ": " + problem);
  }

  private static Map<String, Object> copy(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
