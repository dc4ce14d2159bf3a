package dev.akmatori.domain.incident;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Compact JSON text of the JSON-like values events carry (maps with string keys, collections,
 * strings, numbers, booleans, null), for the lines of {@code full_log}. Other objects are written as
 * their string form, so rendering a log never fails.
 */
final class CompactJson {
  private static final int MAX_DEPTH = 64;

  private CompactJson() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    value(out, value, 0);
    return out.toString();
  }

  private static void value(StringBuilder out, Object value, int depth) {
    if (value == null || value instanceof Boolean || value instanceof Number) {
      out.append(value instanceof Double && !Double.isFinite((Double) value) ? "null" : String.valueOf(value));
    } else if (depth >= MAX_DEPTH) {
      out.append("null");
    } else if (value instanceof Map) {
      object(out, (Map<?, ?>) value, depth + 1);
    } else if (value instanceof Collection) {
      array(out, ((Collection<?>) value).iterator(), depth + 1);
    } else {
      string(out, String.valueOf(value));
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, int depth) {
    out.append('{');
    String separator = "";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(separator);
      string(out, String.valueOf(entry.getKey()));
      out.append(':');
      value(out, entry.getValue(), depth);
      separator = ",";
    }
    out.append('}');
  }

  private static void array(StringBuilder out, Iterator<?> items, int depth) {
    out.append('[');
    while (items.hasNext()) {
      value(out, items.next(), depth);
      if (items.hasNext()) {
        out.append(',');
      }
    }
    out.append(']');
  }

  private static void string(StringBuilder out, String s) {
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
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
