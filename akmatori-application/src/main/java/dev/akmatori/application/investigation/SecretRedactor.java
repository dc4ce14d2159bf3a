package dev.akmatori.application.investigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Removes known secret values (the model API key, decrypted tool credentials) from text before it is
 * stored or shown: transcript entries, events and tool results. Values shorter than four characters
 * are not tracked, since replacing them would shred ordinary text. Thread-safe.
 */
public final class SecretRedactor {
  /** What a secret is replaced with. */
  public static final String MASK = "[REDACTED]";

  private static final int MIN_LENGTH = 4;

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();

  /** Tracks {@code secret} from now on; blank or short values are ignored. */
  public void add(String secret) {
    if (secret != null && secret.strip().length() >= MIN_LENGTH) {
      secrets.add(secret);
    }
  }

  /** {@code text} with every tracked secret replaced by {@link #MASK}, longest first. */
  public String redact(String text) {
    if (text == null || text.isEmpty() || secrets.isEmpty()) {
      return text;
    }
    List<String> ordered = new ArrayList<>(secrets);
    ordered.sort(Comparator.comparingInt(String::length).reversed());
    String out = text;
    for (String secret : ordered) {
      if (out.contains(secret)) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }

  /** A copy of JSON-like data with every string (keys included) redacted; other values kept. */
  public Object redactValue(Object value) {
    if (value instanceof String) {
      return redact((String) value);
    }
    if (value instanceof Map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> copy.put(redactValue(k), redactValue(v)));
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) value).forEach(v -> copy.add(redactValue(v)));
      return copy;
    }
    return value;
  }

  /** {@link #redactValue} for a map with String keys, keeping its order. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> redactMap(Map<String, ?> map) {
    return (Map<String, Object>) redactValue(map);
  }
}
