package dev.akmatori.domain.shared;

/** Small string rules shared by the value objects; lengths count Unicode code points (contract §1.4). */
public final class Text {
  /** Why a string with U+0000 cannot be kept: PostgreSQL text refuses it (ADR 0023). */
  public static final String NUL = "must not contain NUL characters";

  /** Why a string with a lone UTF-16 surrogate cannot be kept: it is no Unicode text (ADR 0023). */
  public static final String UNPAIRED_SURROGATE = "must not contain unpaired surrogates";

  private static final char REPLACEMENT = '\uFFFD';

  private Text() {}

  /**
   * Why {@code s} cannot be stored as text — {@link #NUL} or {@link #UNPAIRED_SURROGATE}, the first
   * found — or null when it can. Both databases must hold the same text, and neither a NUL (refused
   * by PostgreSQL) nor a lone surrogate (not encodable in UTF-8) survives the trip.
   */
  public static String unstorable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0000') {
        return NUL;
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return UNPAIRED_SURROGATE;
      }
    }
    return null;
  }

  /** {@code s} with every NUL and unpaired surrogate replaced by U+FFFD, for text not ours to refuse. */
  public static String storable(String s) {
    if (unstorable(s) == null) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else {
        out.append(c == '\u0000' || Character.isSurrogate(c) ? REPLACEMENT : c);
      }
    }
    return out.toString();
  }

  /** Length in code points, not UTF-16 units. */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** True when {@code s} is null or only whitespace. */
  public static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * Checks a required trimmed string of at most {@code max} code points and returns it trimmed, or
   * records the failure and returns null.
   */
  public static String requiredTrimmed(String value, String field, int max, Violations v) {
    if (isBlank(value)) {
      v.add(field, "is required");
      return null;
    }
    String trimmed = value.strip();
    if (length(trimmed) > max) {
      v.add(field, "must be at most " + max + " characters");
      return null;
    }
    return trimmed;
  }

  /** {@code s} without leading and trailing {@code c}. */
  public static String strip(String s, char c) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == c) {
      from++;
    }
    while (to > from && s.charAt(to - 1) == c) {
      to--;
    }
    return s.substring(from, to);
  }
}
