package dev.akmatori.domain.tool.sql;

import dev.akmatori.domain.tool.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL into significant tokens the way the server would, dropping comments and literal
 * contents. PostgreSQL takes every non-ASCII character as part of an identifier, and so does this
 * lexer for it; for ClickHouse, where the server's reading is uncertain, it errs towards seeing
 * more code (words split at any non-letter), never less. Linear in the input; throws {@link
 * Refusal} on unterminated literals, identifiers and comments.
 */
final class SqlLexer {
  private final String sql;
  private final SqlDialect dialect;
  private final Literals literals;
  private final List<SqlToken> tokens = new ArrayList<>();
  private int pos;

  private SqlLexer(String sql, SqlDialect dialect) {
    this.sql = sql;
    this.dialect = dialect;
    this.literals = new Literals(sql);
  }

  static List<SqlToken> tokenize(String sql, SqlDialect dialect) {
    SqlLexer lexer = new SqlLexer(sql, dialect);
    lexer.run();
    return List.copyOf(lexer.tokens);
  }

  private void run() {
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      if (isSeparator(c)) {
        pos++;
      } else if (startsComment()) {
        pos = literals.lineEnd(pos, dialect == SqlDialect.POSTGRESQL);
      } else if (sql.startsWith("/*", pos)) {
        pos = literals.blockCommentEnd(pos);
      } else if (c == '\'') {
        string(pos, dialect == SqlDialect.CLICKHOUSE);
      } else if (c == '"' || (c == '`' && dialect == SqlDialect.CLICKHOUSE)) {
        quoted(c);
      } else if (c == '$' && dollar()) {
        continue;
      } else if (isDigit(c) || (c == '.' && pos + 1 < sql.length() && isDigit(sql.charAt(pos + 1)))) {
        number();
      } else if (isWordStart(c, dialect)) {
        word();
      } else {
        add(Kind.SYMBOL, String.valueOf(c), pos, pos + 1);
      }
    }
  }

  private boolean startsComment() {
    if (sql.startsWith("--", pos)) {
      return true;
    }
    if (dialect != SqlDialect.CLICKHOUSE) {
      return false;
    }
    return sql.startsWith("//", pos) || sql.startsWith("# ", pos) || sql.startsWith("#!", pos);
  }

  private void string(int start, boolean backslashEscapes) {
    int end = literals.quotedEnd(start, '\'', backslashEscapes, "unterminated string literal");
    add(Kind.STRING, "", start, end);
  }

  private void quoted(char quote) {
    int start = pos;
    boolean backslash = dialect == SqlDialect.CLICKHOUSE;
    int end = literals.quotedEnd(start, quote, backslash, "unterminated quoted identifier");
    add(Kind.QUOTED, Literals.unquote(sql.substring(start + 1, end - 1), quote, backslash), start, end);
  }

  /** A dollar-quoted string, heredoc or parameter at {@code pos}; false when it is none of those. */
  private boolean dollar() {
    int start = pos;
    int end = dialect == SqlDialect.POSTGRESQL
        ? literals.dollarQuoteEnd(start)
        : literals.heredocEnd(start);
    if (end > 0) {
      add(Kind.STRING, "", start, end);
      return true;
    }
    if (dialect == SqlDialect.POSTGRESQL) {
      int digits = start + 1;
      while (digits < sql.length() && isDigit(sql.charAt(digits))) {
        digits++;
      }
      if (digits > start + 1) {
        add(Kind.PARAMETER, sql.substring(start, digits), start, digits);
        return true;
      }
      return false;
    }
    // ClickHouse reads "$name" as a bare word when a word character follows.
    if (start + 1 < sql.length() && isWordPart(sql.charAt(start + 1), dialect)) {
      word();
      return true;
    }
    return false;
  }

  private void word() {
    int start = pos;
    int end = start + 1;
    while (end < sql.length() && (isWordPart(sql.charAt(end), dialect) || sql.charAt(end) == '$')) {
      end++;
    }
    String text = sql.substring(start, end);
    if (dialect == SqlDialect.POSTGRESQL && end < sql.length()) {
      char next = sql.charAt(end);
      if (next == '\'' && text.equalsIgnoreCase("e")) {
        string(end, true);
        return;
      }
      if (next == '&' && text.equalsIgnoreCase("u") && end + 1 < sql.length()) {
        char quote = sql.charAt(end + 1);
        if (quote == '\'') {
          string(end + 1, false);
          return;
        }
        if (quote == '"') {
          throw new Refusal("Unicode-escaped identifiers (U&\"…\") are not allowed");
        }
      }
    }
    add(Kind.WORD, text, start, end);
  }

  /** Digits, one fraction and an exponent; letters after it start a word of their own. */
  private void number() {
    int start = pos;
    int end = digits(start);
    if (end < sql.length() && sql.charAt(end) == '.') {
      end = digits(end + 1);
    }
    if (end < sql.length() && (sql.charAt(end) == 'e' || sql.charAt(end) == 'E')) {
      int exponent = end + 1;
      if (exponent < sql.length() && (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-')) {
        exponent++;
      }
      if (exponent < sql.length() && isDigit(sql.charAt(exponent))) {
        end = digits(exponent);
      }
    }
    add(Kind.NUMBER, sql.substring(start, end), start, end);
  }

  private int digits(int from) {
    int end = from;
    while (end < sql.length() && (isDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
      end++;
    }
    return end;
  }

  private void add(Kind kind, String text, int start, int end) {
    tokens.add(new SqlToken(kind, text, start));
    pos = end;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Letters and underscore; for PostgreSQL any non-ASCII character, as its lexer has it. */
  static boolean isWordStart(char c, SqlDialect dialect) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
      return true;
    }
    return c >= 0x80 && (dialect == SqlDialect.POSTGRESQL || Character.isLetter(c));
  }

  static boolean isWordPart(char c, SqlDialect dialect) {
    return isWordStart(c, dialect) || isDigit(c)
        || (c >= 0x80 && dialect == SqlDialect.CLICKHOUSE && Character.isLetterOrDigit(c));
  }

  /**
   * ASCII white space and control characters; for ClickHouse also Unicode white space and
   * invisible characters (it skips the former and rejects the latter).
   */
  private boolean isSeparator(char c) {
    if (c < 0x80) {
      return c <= ' ' || c == 0x7f;
    }
    return dialect == SqlDialect.CLICKHOUSE
        && (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
            || Character.getType(c) == Character.FORMAT);
  }
}
