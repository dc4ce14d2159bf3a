package dev.akmatori.domain.shared;

/** Small string rules shared by the value objects; lengths count Unicode code points (contract §1.4). */
public final class Text {
  private Text() {}

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
