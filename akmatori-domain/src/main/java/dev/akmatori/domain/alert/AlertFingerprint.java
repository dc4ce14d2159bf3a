package dev.akmatori.domain.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The correlation fingerprint of an alert (contract §4.7): the first 32 lowercase hex characters of
 * SHA-256 over the compact JSON array {@code [source_uuid, lower(alert_name), lower(target_host)]}.
 */
public record AlertFingerprint(String value) {
  private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");

  public AlertFingerprint {
    Objects.requireNonNull(value, "value");
    if (!HEX32.matcher(value).matches()) {
      throw new IllegalArgumentException("a fingerprint is 32 lowercase hex characters");
    }
  }

  /** The fingerprint of an alert received by source {@code sourceUuid}. */
  public static AlertFingerprint of(String sourceUuid, String alertName, String targetHost) {
    byte[] digest = sha256(canonicalJson(sourceUuid, alertName, targetHost).getBytes(StandardCharsets.UTF_8));
    return new AlertFingerprint(HexFormat.of().formatHex(digest, 0, 16));
  }

  /**
   * The exact JSON text that is hashed: no whitespace, values not trimmed, names and hosts lowercased
   * without locale, and only the escapes the contract lists (everything else literal).
   */
  static String canonicalJson(String sourceUuid, String alertName, String targetHost) {
    StringBuilder out = new StringBuilder("[");
    string(out, sourceUuid);
    out.append(',');
    string(out, alertName.toLowerCase(Locale.ROOT));
    out.append(',');
    string(out, targetHost.toLowerCase(Locale.ROOT));
    return out.append(']').toString();
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
