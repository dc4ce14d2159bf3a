package dev.akmatori.domain.tool.ssh;

/**
 * Decodes the body of bash's {@code $'…'} quoting the way bash does ({@code \n}, {@code \x72},
 * {@code \162}, {@code \u00e9}, {@code \cA}, …), so the rules see the word the shell will run.
 */
final class AnsiCQuote {
  private AnsiCQuote() {}

  static String decode(String body) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i++);
      if (c != '\\' || i >= body.length()) {
        out.append(c);
        continue;
      }
      char e = body.charAt(i++);
      switch (e) {
        case 'a': out.append('\007'); break;
        case 'b': out.append('\b'); break;
        case 'e': case 'E': out.append('\033'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'v': out.append('\013'); break;
        case '\\': case '\'': case '"': case '?': out.append(e); break;
        case 'c':
          if (i < body.length()) {
            out.append((char) (body.charAt(i++) & 0x1f));
          }
          break;
        case 'x': i = number(body, i, 16, 2, out, "\\x"); break;
        case 'u': i = number(body, i, 16, 4, out, "\\u"); break;
        case 'U': i = number(body, i, 16, 8, out, "\\U"); break;
        default:
          if (e >= '0' && e <= '7') {
            i = number(body, i - 1, 8, 3, out, "\\");
          } else {
            out.append('\\').append(e);
          }
      }
    }
    return out.toString();
  }

  /** Appends the code point of up to {@code max} digits at {@code from}; returns the next index. */
  private static int number(String body, int from, int radix, int max, StringBuilder out, String escape) {
    int end = from;
    while (end < body.length() && end - from < max && Character.digit(body.charAt(end), radix) >= 0) {
      end++;
    }
    if (end == from) {
      out.append(escape);
      return end;
    }
    int value = Integer.parseInt(body.substring(from, end), radix);
    if (radix == 8 || escape.equals("\\x")) {
      out.append((char) (value & 0xff));
    } else if (Character.isValidCodePoint(value)) {
      out.appendCodePoint(value);
    }
    return end;
  }
}
