package dev.akmatori.domain.incident;

import java.util.Locale;
import java.util.Optional;

/**
 * The titles of an incident (contract §5.2): the fallback computed from a source text (the API task
 * or the alert message), and the cleaning of a model's answer into a title. Lengths count code
 * points, so a title never splits a character.
 */
public final class IncidentTitle {
  /** Titles longer than this are shortened. */
  static final int MAX = 80;
  /** A cut at a space is used only when that space lies after this position. */
  static final int MIN_WORD_CUT = 40;
  /** Without a usable space the text is cut here, leaving room for the ellipsis. */
  static final int HARD_CUT = 77;

  private static final String[] PREFIXES = {"alert:", "incident:"};
  /** What a model may wrap its title in; {@code Title:} is a common chat habit, not a contract prefix. */
  private static final String[] MODEL_PREFIXES = {"alert:", "incident:", "title:"};
  /** Double quotes of every kind (and backticks) are removed wherever they are. */
  private static final String DOUBLE_QUOTES = "\"\u201C\u201D\u201E\u00AB\u00BB`";
  /** Single quotes double as apostrophes, so they go only at the ends, with markdown emphasis. */
  private static final String END_MARKS = "'\u2018\u2019*";

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

  /**
   * The model title in a model's answer, or empty when the answer holds none that fits: the first
   * line that is not empty once cleaned — every double quote (and backtick) removed, single quotes
   * and {@code *} stripped from its ends, a leading {@code Alert:}, {@code Incident:} or {@code
   * Title:} (any case) dropped, runs of whitespace made one space. A title longer than 80
   * characters is rejected, not shortened: an answer that ignores the request is not trusted.
   */
  public static Optional<String> fromModel(String answer) {
    for (String line : (answer == null ? "" : answer).split("\\R", -1)) {
      String title = cleanModelLine(line);
      if (!title.isEmpty()) {
        return title.codePointCount(0, title.length()) > MAX ? Optional.empty() : Optional.of(title);
      }
    }
    return Optional.empty();
  }

  private static String cleanModelLine(String line) {
    StringBuilder kept = new StringBuilder(line.length());
    line.codePoints().filter(c -> DOUBLE_QUOTES.indexOf(c) < 0).forEach(kept::appendCodePoint);
    String title = stripEnds(kept.toString().replaceAll("\\s+", " "));
    return stripEnds(dropPrefix(title, MODEL_PREFIXES));
  }

  private static String stripEnds(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && (END_MARKS.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
      start++;
    }
    while (end > start && (END_MARKS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static String dropPrefix(String text) {
    return dropPrefix(text, PREFIXES);
  }

  private static String dropPrefix(String text, String[] prefixes) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : prefixes) {
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
