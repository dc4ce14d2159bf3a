package dev.akmatori.adapter.llm.mcp;

import java.io.IOException;
import java.io.Reader;

/**
 * Newline-delimited reading with a length cap, so a server that never ends a line cannot exhaust
 * memory. {@code \r\n} and {@code \n} both end a line. Not thread-safe.
 */
final class LineReader {
  private final Reader in;
  private final int maxChars;

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * The next line without its terminator; null at the end of input (a last unterminated line is
   * still returned).
   *
   * @throws LineTooLongException when a line exceeds the cap
   */
  String next() throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        return stripCr(line);
      }
      if (line.length() == maxChars) {
        throw new LineTooLongException(maxChars);
      }
      line.append((char) c);
    }
    return line.length() == 0 ? null : stripCr(line);
  }

  private static String stripCr(StringBuilder line) {
    int end = line.length();
    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
  }

  /** A line longer than the cap. */
  static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    LineTooLongException(int maxChars) {
      super("a message exceeds " + maxChars + " characters");
    }
  }
}
