package dev.akmatori.domain.skill;

import dev.akmatori.domain.shared.ValidationException;
import java.util.regex.Pattern;

/**
 * A file name in a skill's {@code scripts/} directory (contract §3.3.4): non-empty, no leading dot,
 * no {@code ..}, {@code /} or {@code \}, only {@code [A-Za-z0-9_.-]}, at least one dot. The rule
 * admits no path separators, so a valid name never leaves the directory by itself.
 */
public record ScriptFileName(String value) {
  private static final Pattern CHARS = Pattern.compile("[A-Za-z0-9_.-]+");

  public ScriptFileName {
    if (!isValid(value)) {
      throw ValidationException.of("filename", "invalid filename");
    }
  }

  public static boolean isValid(String value) {
    return value != null
        && !value.isEmpty()
        && !value.startsWith(".")
        && !value.contains("..")
        && !value.contains("/")
        && !value.contains("\\")
        && value.indexOf('.') >= 0
        && CHARS.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
