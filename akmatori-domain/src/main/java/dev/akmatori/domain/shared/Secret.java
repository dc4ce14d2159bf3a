package dev.akmatori.domain.shared;

import java.util.Objects;

/**
 * A secret value (token, password, key). It never prints itself: {@link #toString()} and {@link
 * #masked()} show at most the last four characters (contract §1.7).
 */
public final class Secret {
  /** Values sent back by clients that start with this keep the stored secret. */
  public static final String MASK_PREFIX = "****";

  private static final Secret EMPTY = new Secret("");

  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public static Secret of(String value) {
    return value == null || value.isEmpty() ? EMPTY : new Secret(value);
  }

  public static Secret empty() {
    return EMPTY;
  }

  /** The clear value; call only where the secret is used or encrypted, never to show it. */
  public String reveal() {
    return value;
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  /** {@code ""} when empty, {@code ****} up to four characters, else {@code ****} + last four. */
  public String masked() {
    return mask(value);
  }

  /** The mask of a clear value, by the rule of {@link #masked()}. */
  public static String mask(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    int points = value.codePointCount(0, value.length());
    if (points <= 4) {
      return MASK_PREFIX;
    }
    int from = value.offsetByCodePoints(0, points - 4);
    return MASK_PREFIX + value.substring(from);
  }

  /**
   * Applies the echo rule to an incoming value: one starting with {@code ****} keeps {@code current},
   * any other replaces it (an empty string clears it).
   */
  public Secret updatedWith(String incoming) {
    if (incoming == null || incoming.startsWith(MASK_PREFIX)) {
      return this;
    }
    return of(incoming);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret && ((Secret) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
