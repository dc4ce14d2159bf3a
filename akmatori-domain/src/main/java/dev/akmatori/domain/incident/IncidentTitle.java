package dev.akmatori.domain.incident;

import java.util.Locale;

/**
 * The fallback title of an incident (contract §5.2), computed from a source text: the API task or
 * the alert message. Lengths count code points, so a title never splits a character.
 */
public final class IncidentTitle {
  /** Titles longer than this are shortened. */
  static final int MAX = 80;
  /** A cut at a space is used only when that space lies after this position. */
  static final int MIN_WORD_CUT = 40;
  /** Without a usable space the text is cut here, leaving room for the ellipsis. */
  static final int HARD_CUT = 77;

  private static final String[] PREFIXES = {"alert:", "incident:"};

  private IncidentTitle() {}

  /**
   * Trims, drops a leading {@code Alert:} / {@code Incident:} (any case) and the spaces after it,
   * keeps the first non-empty line and shortens it past 80 characters; an empty result gives
   * {@code Incident from <source>}.
   */
  public static String fallback(String sourceText, String source) {
    String text = dropPrefix(sourceText == null ? "" : sourceText.strip());
    String line = firstNonEmptyLine(text);
    if (line.isEmpty()) {
      return "Incident from " + source;
    }
    return shorten(line);
  }

  private static String dropPrefix(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : PREFIXES) {
      if (lower.startsWith(prefix)) {
        int i = prefix.length();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
        return text.substring(i);
      }
    }
    return text;
  }

  private static String firstNonEmptyLine(String text) {
    for (String line : text.split("\\R", -1)) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        return stripped;
      }
    }
    return "";
  }

  private static String shorten(String line) {
    int length = line.codePointCount(0, line.length());
    if (length <= MAX) {
      return line;
    }
    String head = line.substring(0, line.offsetByCodePoints(0, MAX));
    int space = head.lastIndexOf(' ');
    if (space >= 0 && head.codePointCount(0, space) > MIN_WORD_CUT) {
      return head.substring(0, space) + "...";
    }
    return line.substring(0, line.offsetByCodePoints(0, HARD_CUT)) + "...";
  }
}
