package dev.akmatori.domain.tool.sql;

/** Finds where comments, quoted strings and identifiers and dollar-quoted strings end. */
final class Literals {
  private final String sql;

  Literals(String sql) {
    this.sql = sql;
  }

  /**
   * The end (exclusive) of a quoted text opening at {@code start}: a doubled quote is an escaped
   * quote, and with {@code backslashEscapes} a backslash escapes the next character.
   */
  int quotedEnd(int start, char quote, boolean backslashEscapes, String unterminated) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    throw new Refusal(unterminated);
  }

  /** The end of a line comment: a line feed, and for PostgreSQL also a carriage return. */
  int lineEnd(int start, boolean carriageReturnEnds) {
    int i = start;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\n' || (carriageReturnEnds && c == '\r')) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** The end of a block comment opening at {@code start}; both servers nest them. */
  int blockCommentEnd(int start) {
    int depth = 1;
    int i = start + 2;
    while (i + 1 < sql.length()) {
      if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
        depth++;
        i += 2;
      } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    throw new Refusal("unterminated comment");
  }

  /**
   * PostgreSQL: the end of {@code $tag$…$tag$} opening at {@code start} (the tag is empty or an
   * identifier without {@code $}), or -1 when no such delimiter opens there.
   */
  int dollarQuoteEnd(int start) {
    int i = start + 1;
    if (i < sql.length() && !SqlLexer.isDigit(sql.charAt(i))) {
      while (i < sql.length() && SqlLexer.isWordPart(sql.charAt(i), SqlDialect.POSTGRESQL)) {
        i++;
      }
    }
    if (i >= sql.length() || sql.charAt(i) != '$') {
      return -1;
    }
    String delimiter = sql.substring(start, i + 1);
    int close = sql.indexOf(delimiter, i + 1);
    if (close < 0) {
      throw new Refusal("unterminated dollar-quoted string");
    }
    return close + delimiter.length();
  }

  /**
   * ClickHouse: a heredoc opens with {@code $…$} (anything up to the next dollar) and ends at the
   * same text; -1 when none closes, and the dollar is read as a sign or part of a word instead.
   */
  int heredocEnd(int start) {
    int second = sql.indexOf('$', start + 1);
    if (second < 0) {
      return -1;
    }
    String delimiter = sql.substring(start, second + 1);
    int close = sql.indexOf(delimiter, second + 1);
    return close < 0 ? -1 : close + delimiter.length();
  }

  /** The name inside a quoted identifier, escapes resolved. */
  static String unquote(String body, char quote, boolean backslashEscapes) {
    StringBuilder name = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if ((backslashEscapes && c == '\\') || (c == quote && i + 1 < body.length() && body.charAt(i + 1) == quote)) {
        i++;
        if (i < body.length()) {
          name.append(body.charAt(i));
        }
      } else {
        name.append(c);
      }
    }
    return name.toString();
  }
}
