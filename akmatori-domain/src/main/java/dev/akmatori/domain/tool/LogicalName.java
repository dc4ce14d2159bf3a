package dev.akmatori.domain.tool;

import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.ValidationException;
import java.util.Locale;

/**
 * The slug the agent uses to pick a tool instance (contract §3.4.2): lowercase, runs outside {@code
 * [a-z0-9]} become one {@code -}, trimmed of {@code -}, at most 128 characters.
 */
public record LogicalName(String value) {
  public static final int MAX = 128;

  public LogicalName {
    if (value == null || value.isEmpty() || !value.equals(slug(value))) {
      throw ValidationException.of("logical_name", "resolves to empty after sanitization");
    }
  }

  /** The slug of {@code input}; throws a validation error when nothing is left. */
  public static LogicalName from(String input) {
    String slug = slug(input == null ? "" : input);
    if (slug.isEmpty()) {
      throw ValidationException.of("logical_name", "resolves to empty after sanitization");
    }
    return new LogicalName(slug);
  }

  static String slug(String input) {
    String s = input.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = Text.strip(s, '-');
    if (s.length() > MAX) {
      s = Text.strip(s.substring(0, MAX), '-');
    }
    return s;
  }


  @Override
  public String toString() {
    return value;
  }
}
