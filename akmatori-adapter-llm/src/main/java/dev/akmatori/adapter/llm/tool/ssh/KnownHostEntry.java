package dev.akmatori.adapter.llm.tool.ssh;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One line of an OpenSSH known_hosts file: {@code [@marker] patterns type base64-key [comment]}.
 * Patterns are comma-separated host tokens ({@code host} for port 22, {@code [host]:port}
 * otherwise), globs with {@code *} and {@code ?}, negations with {@code !}, or hashed
 * {@code |1|salt|hmac} entries as {@code ssh-keygen -H} writes them.
 */
record KnownHostEntry(String marker, List<String> patterns, String type, String key) {

  KnownHostEntry {
    patterns = List.copyOf(patterns);
  }

  /** The entry of a line; empty for blank lines, comments and lines it cannot read. */
  static Optional<KnownHostEntry> parse(String line) {
    String trimmed = line.trim();
    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
      return Optional.empty();
    }
    String[] fields = trimmed.split("\\s+");
    int i = 0;
    String marker = "";
    if (fields[0].startsWith("@")) {
      marker = fields[0];
      i = 1;
    }
    if (fields.length < i + 3) {
      return Optional.empty();
    }
    return Optional.of(new KnownHostEntry(marker, List.of(fields[i].split(",")), fields[i + 1], fields[i + 2]));
  }

  /** The line that records {@code key} of {@code type} for {@code hostToken}. */
  static String line(String hostToken, String type, String key) {
    return hostToken + " " + type + " " + key;
  }

  boolean isRevoked() {
    return marker.equals("@revoked");
  }

  /** True for a plain key entry (not {@code @revoked}, not {@code @cert-authority}). */
  boolean isPlain() {
    return marker.isEmpty();
  }

  /** OpenSSH's rule: some positive pattern matches and no negated one does. */
  boolean matches(String hostToken) {
    boolean matched = false;
    for (String pattern : patterns) {
      boolean negated = pattern.startsWith("!");
      String body = negated ? pattern.substring(1) : pattern;
      if (matchesOne(body, hostToken)) {
        if (negated) {
          return false;
        }
        matched = true;
      }
    }
    return matched;
  }

  private static boolean matchesOne(String pattern, String hostToken) {
    if (pattern.startsWith("|1|")) {
      return hashedMatches(pattern, hostToken);
    }
    if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
      return pattern.equalsIgnoreCase(hostToken);
    }
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(hostToken).matches();
  }

  private static boolean hashedMatches(String pattern, String hostToken) {
    String[] parts = pattern.split("\\|");
    if (parts.length != 4) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(parts[2]), "HmacSHA1"));
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, mac.doFinal(hostToken.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
