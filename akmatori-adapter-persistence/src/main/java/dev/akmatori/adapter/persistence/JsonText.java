package dev.akmatori.adapter.persistence;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader for the JSON documents this module stores as text (incident context),
 * so the adapter needs no JSON library. Objects become unmodifiable insertion-ordered maps, arrays
 * unmodifiable lists, integers {@link Long} (or {@link BigInteger}), other numbers {@link Double}
 * (or {@link BigDecimal} beyond its range). Errors name an offset, never the input.
 */
final class JsonText {
  static final int MAX_DEPTH = 256;
  static final int MAX_NUMBER_LENGTH = 1000;
  private static final String ESCAPED = "\"\\/bfnrt";
  private static final String HEX = "0123456789abcdef";
  private static final String UNESCAPED = "\"\\/\b\f\n\r\t";

  private final String text;
  private int pos;
  private int depth;

  private JsonText(String text) {
    this.text = text;
  }

  /** The value of a JSON document; throws {@link IllegalArgumentException} when it is not one. */
  static Object parse(String text) {
    JsonText reader = new JsonText(text);
    Object value = reader.value();
    reader.skipWhitespace();
    if (reader.pos != text.length()) {
      throw reader.error("unexpected content after the value");
    }
    return value;
  }

  /** The object of a JSON document that must be an object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("Invalid JSON: expected an object");
    }
    return (Map<String, Object>) value;
  }

  private Object value() {
    skipWhitespace();
    char c = pos < text.length() ? text.charAt(pos) : '\0';
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object() {
    enter();
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    if (!consume('}')) {
      do {
        skipWhitespace();
        if (pos >= text.length() || text.charAt(pos) != '"') {
          throw error("expected a string key");
        }
        String key = string();
        skipWhitespace();
        expect(':');
        map.put(key, value());
        skipWhitespace();
      } while (consume(','));
      expect('}');
    }
    depth--;
    return Collections.unmodifiableMap(map);
  }

  private List<Object> array() {
    enter();
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (!consume(']')) {
      do {
        list.add(value());
        skipWhitespace();
      } while (consume(','));
      expect(']');
    }
    depth--;
    return Collections.unmodifiableList(list);
  }

  private String string() {
    pos++; // opening quote
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      } else if (c == '\\') {
        sb.append(escape());
      } else if (c < 0x20) {
        throw error("control character in string");
      } else {
        sb.append(c);
      }
    }
  }

  private char escape() {
    int simple = pos < text.length() ? ESCAPED.indexOf(text.charAt(pos)) : -1;
    if (simple >= 0) {
      pos++;
      return UNESCAPED.charAt(simple);
    }
    if (!consume('u')) {
      throw error("bad escape");
    }
    if (pos + 4 > text.length()) {
      throw error("truncated unicode escape");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = HEX.indexOf(Character.toLowerCase(text.charAt(pos++)));
      if (digit < 0) {
        throw error("bad unicode escape");
      }
      code = code * 16 + digit;
    }
    return (char) code;
  }

  private Object number() {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    int start = pos;
    consume('-');
    if (!consume('0')) {
      digits();
    }
    boolean integral = true;
    if (consume('.')) {
      integral = false;
      digits();
    }
    if (consume('e') || consume('E')) {
      integral = false;
      if (!consume('+')) {
        consume('-');
      }
      digits();
    }
    if (pos - start > MAX_NUMBER_LENGTH) {
      throw error("number too long");
    }
    String token = text.substring(start, pos);
    if (integral) {
      BigInteger big = new BigInteger(token);
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
    double d = Double.parseDouble(token);
    return Double.isInfinite(d) ? new BigDecimal(token) : d;
  }

  private void digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    if (pos == start) {
      throw error("expected a digit");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected character");
    }
    pos += word.length();
    return value;
  }

  private void enter() {
    pos++; // opening bracket
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
  }

  private boolean consume(char c) {
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private IllegalArgumentException error(String reason) {
    return new IllegalArgumentException("Invalid JSON at offset " + pos + ": " + reason);
  }
}
