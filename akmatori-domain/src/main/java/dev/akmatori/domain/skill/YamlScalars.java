package dev.akmatori.domain.skill;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes and reads the YAML scalars of SKILL.md front matter: plain when YAML reads the text back as
 * that same string, otherwise double-quoted with escapes (contract §3.3.5).
 */
final class YamlScalars {
  /** Conservative plain-scalar shape: starts with a letter, no YAML indicators that change meaning. */
  private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 _.,/()+=-]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf");

  private YamlScalars() {}

  static String write(String value) {
    boolean plain =
        SAFE_PLAIN.matcher(value).matches()
            && !value.endsWith(" ")
            && !RESERVED.contains(value.toLowerCase(Locale.ROOT));
    return plain ? value : quote(value);
  }

  static String quote(String value) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * Reads one scalar as written after {@code key: } — plain, single- or double-quoted.
   *
   * @throws IllegalArgumentException when it is not a scalar this reader understands
   */
  static String read(String raw) {
    String text = raw.strip();
    if (text.startsWith("\"")) {
      return readDoubleQuoted(text);
    }
    if (text.startsWith("'")) {
      if (text.length() < 2 || !text.endsWith("'")) {
        throw new IllegalArgumentException("unterminated single-quoted scalar");
      }
      return text.substring(1, text.length() - 1).replace("''", "'");
    }
    int comment = text.indexOf(" #");
    if (comment >= 0) {
      text = text.substring(0, comment).strip();
    }
    if (text.startsWith("[") || text.startsWith("{") || text.startsWith("&") || text.startsWith("*")
        || text.startsWith("!") || text.startsWith("|") || text.startsWith(">") || text.startsWith("@")
        || text.startsWith("`") || text.contains(": ")) {
      throw new IllegalArgumentException("not a plain scalar: " + text);
    }
    return text;
  }

  private static String readDoubleQuoted(String text) {
    StringBuilder sb = new StringBuilder();
    int i = 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        String rest = text.substring(i + 1).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
          throw new IllegalArgumentException("text after a quoted scalar");
        }
        return sb.toString();
      }
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          break;
        }
        char e = text.charAt(i + 1);
        i += 2;
        switch (e) {
          case 'n':
            sb.append('\n');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 't':
            sb.append('\t');
            break;
          case '0':
            sb.append('\0');
            break;
          case '"':
          case '\\':
          case '/':
            sb.append(e);
            break;
          case 'u':
            if (i + 4 > text.length()) {
              throw new IllegalArgumentException("short \\u escape");
            }
            sb.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
            i += 4;
            break;
          default:
            throw new IllegalArgumentException("unknown escape \\" + e);
        }
        continue;
      }
      sb.append(c);
      i++;
    }
    throw new IllegalArgumentException("unterminated double-quoted scalar");
  }
}
