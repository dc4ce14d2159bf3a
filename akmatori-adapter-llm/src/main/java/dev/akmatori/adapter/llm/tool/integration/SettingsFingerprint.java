package dev.akmatori.adapter.llm.tool.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 digest of a settings map in a canonical form (keys sorted at every level), so a cache
 * keyed by it forgets an entry as soon as the instance is edited. Only the digest is kept.
 */
final class SettingsFingerprint {
  private SettingsFingerprint() {}

  static String of(Map<String, ?> settings) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(canonical(settings).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String canonical(Object value) {
    if (value instanceof Map) {
      StringBuilder out = new StringBuilder("{");
      new TreeMap<>((Map<?, ?>) value).forEach((k, v) ->
          out.append(quote(String.valueOf(k))).append(':').append(canonical(v)).append(','));
      return out.append('}').toString();
    }
    if (value instanceof List) {
      StringBuilder out = new StringBuilder("[");
      ((List<?>) value).forEach(v -> out.append(canonical(v)).append(','));
      return out.append(']').toString();
    }
    return value instanceof String ? quote((String) value) : String.valueOf(value);
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
