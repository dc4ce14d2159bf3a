package dev.akmatori.adapter.llm.tool.connector;

import java.nio.charset.StandardCharsets;

/**
 * Escapes a value for one URL path segment: every byte of its UTF-8 form outside the RFC 3986
 * unreserved characters is percent-encoded, so {@code a/b c} becomes {@code a%2Fb%20c} and can
 * neither add segments nor a query.
 */
final class PathEscaping {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathEscaping() {}

  static String escape(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
