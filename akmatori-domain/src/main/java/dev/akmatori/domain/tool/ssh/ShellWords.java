package dev.akmatori.domain.tool.ssh;

import java.util.List;

/**
 * Rule 2 of §6.1: splits a command line into segments of words by POSIX shell rules. Blanks
 * separate words; single quotes, double quotes, backslash escapes (and bash's {@code $'…'}, which
 * would otherwise hide {@code -i} as {@code $'-\x69'}) are honoured and removed. Unquoted {@code ;},
 * {@code |}, {@code &&} and {@code ||} end a segment. Refused: unbalanced quotes, a lone {@code &}
 * and every output redirect. Input redirects ({@code < file}, {@code 0<file}, {@code <<<word}) are
 * reads: they and their target word are dropped from the segment. Not thread-safe; one per line.
 */
final class ShellWords {
  private final String text;
  private final WordBuffer out = new WordBuffer();
  private int pos;

  private ShellWords(String text) {
    this.text = text;
  }

  /** The segments of {@code text}; throws {@link Refusal} when rule 2 rejects it. */
  static List<Segment> split(String text) {
    return new ShellWords(text).run();
  }

  private List<Segment> run() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      switch (c) {
        case ' ':
        case '\t':
          out.endWord();
          pos++;
          break;
        case '\'':
          pos++;
          out.appendQuoted(until('\'', "unbalanced single quote"));
          break;
        case '"':
          pos++;
          doubleQuoted();
          break;
        case '\\':
          escaped();
          break;
        case ';':
          out.endSegment();
          pos++;
          break;
        case '|':
          out.endSegment();
          pos += at(pos + 1) == '|' ? 2 : 1;
          break;
        case '&':
          ampersand();
          break;
        case '>':
          throw outputRedirect(pos);
        case '<':
          inputRedirect();
          break;
        case '$':
          dollar();
          break;
        default:
          out.append(c, false);
          pos++;
      }
    }
    out.endSegment();
    return out.segments();
  }

  private void doubleQuoted() {
    StringBuilder quoted = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw new Refusal("unbalanced double quote");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        out.appendQuoted(quoted.toString());
        return;
      }
      // Inside double quotes a backslash escapes only $ ` " \ (POSIX); otherwise it stays.
      if (c == '\\' && "$`\"\\".indexOf(at(pos)) >= 0) {
        c = text.charAt(pos++);
      }
      quoted.append(c);
    }
  }

  private void escaped() {
    if (pos + 1 >= text.length()) {
      out.append('\\', true); // a trailing backslash is a literal one
      pos++;
      return;
    }
    out.append(text.charAt(pos + 1), true);
    pos += 2;
  }

  private void ampersand() {
    char next = at(pos + 1);
    if (next == '&') {
      out.endSegment();
      pos += 2;
    } else if (next == '>') {
      throw outputRedirect(pos);
    } else {
      throw new Refusal("background '&' is not allowed");
    }
  }

  private void inputRedirect() {
    if (out.ioNumber().isEmpty()) {
      out.endWord();
    } else {
      out.discardWord(); // the io-number of "0<file"
    }
    int end = pos + 1;
    while (at(end) == '<' || at(end) == '&') {
      end++;
    }
    if (at(end) == '>') {
      throw outputRedirect(pos); // "<>" opens the file for writing too
    }
    pos = end;
    out.dropNextWord();
  }

  private void dollar() {
    char next = at(pos + 1);
    if (next == '\'') {
      pos += 2;
      int end = ansiCEnd();
      if (end < 0) {
        throw new Refusal("unbalanced single quote");
      }
      out.appendQuoted(AnsiCQuote.decode(text.substring(pos, end)));
      pos = end + 1;
    } else if (next == '"') {
      pos += 2;
      doubleQuoted();
    } else {
      out.append('$', false);
      pos++;
    }
  }

  private Refusal outputRedirect(int at) {
    int start = at - out.ioNumber().length();
    int end = at + 1;
    while (end < text.length() && ">|&-0123456789".indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return new Refusal("output redirection '" + text.substring(start, end) + "' is not allowed");
  }

  /** The raw text up to the closing {@code quote}, consumed with it. */
  private String until(char quote, String unbalanced) {
    int end = text.indexOf(quote, pos);
    if (end < 0) {
      throw new Refusal(unbalanced);
    }
    String raw = text.substring(pos, end);
    pos = end + 1;
    return raw;
  }

  /** Inside {@code $'…'} a backslash may escape the closing quote. */
  private int ansiCEnd() {
    for (int i = pos; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '\'') {
        return i;
      }
    }
    return -1;
  }

  private char at(int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }
}
