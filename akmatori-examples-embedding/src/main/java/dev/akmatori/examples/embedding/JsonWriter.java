package dev.akmatori.examples.embedding;

import dev.akmatori.application.json.JsonCodec;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compact JSON text of JSON-like values (Map, List, String, Number, Boolean, null) — what the agent
 * loop needs to hand tool results to the model. The loop never parses JSON, so {@link #read} is not
 * offered; a program that needs it plugs in its own JSON library here.
 */
final class JsonWriter implements JsonCodec {
  @Override
  public String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(value, out);
    return out.toString();
  }

  @Override
  public Object read(String text) {
    throw new UnsupportedOperationException("this example only writes JSON");
  }

  private static void append(Object value, StringBuilder out) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof String) {
      quote((String) value, out);
    } else if (value instanceof Map) {
      out.append('{');
      Iterator<? extends Map.Entry<?, ?>> entries = ((Map<?, ?>) value).entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<?, ?> entry = entries.next();
        quote(String.valueOf(entry.getKey()), out);
        out.append(':');
        append(entry.getValue(), out);
        out.append(entries.hasNext() ? "," : "");
      }
      out.append('}');
    } else if (value instanceof List) {
      out.append('[');
      Iterator<?> items = ((List<?>) value).iterator();
      while (items.hasNext()) {
        append(items.next(), out);
        out.append(items.hasNext() ? "," : "");
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON-like value: " + value.getClass().getName());
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (char c : text.toCharArray()) {
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
