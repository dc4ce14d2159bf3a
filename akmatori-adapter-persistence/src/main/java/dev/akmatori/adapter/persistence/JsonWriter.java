package dev.akmatori.adapter.persistence;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes the JSON-like values of the core ({@code Map<String, Object>} with strings, numbers,
 * booleans, null, maps and collections) as compact JSON text that {@link JsonText} reads back.
 * Anything else, non-finite numbers, non-string keys and cycles (via a depth limit) are rejected with
 * {@link IllegalArgumentException}.
 */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private int depth;

  private JsonWriter() {}

  static String write(Object value) {
    JsonWriter writer = new JsonWriter();
    writer.value(value);
    return writer.out.toString();
  }

  private void value(Object value) {
    if (value == null || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof String) {
      string((String) value);
    } else if (value instanceof Number) {
      number((Number) value);
    } else if (value instanceof Map) {
      object((Map<?, ?>) value);
    } else if (value instanceof Collection) {
      array(((Collection<?>) value).iterator());
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  private void object(Map<?, ?> map) {
    enter('{');
    String separator = "";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String)) {
        throw new IllegalArgumentException("JSON object keys must be strings");
      }
      out.append(separator);
      string((String) entry.getKey());
      out.append(':');
      value(entry.getValue());
      separator = ",";
    }
    leave('}');
  }

  private void array(Iterator<?> items) {
    enter('[');
    while (items.hasNext()) {
      value(items.next());
      if (items.hasNext()) {
        out.append(',');
      }
    }
    leave(']');
  }

  private void number(Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON has no NaN or infinity");
      }
      out.append(n);
    } else if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
        || n instanceof BigInteger || n instanceof BigDecimal) {
      out.append(n);
    } else {
      throw new IllegalArgumentException("Unsupported number type: " + n.getClass().getName());
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void enter(char open) {
    if (++depth > JsonText.MAX_DEPTH) {
      throw new IllegalArgumentException("JSON nesting deeper than " + JsonText.MAX_DEPTH);
    }
    out.append(open);
  }

  private void leave(char close) {
    depth--;
    out.append(close);
  }
}
