package dev.akmatori.domain.tool.sql;

import java.util.List;
import java.util.Optional;

/**
 * The tokens of exactly one statement, with what the guards ask of them. {@link #of} refuses empty
 * input and more than one statement; a single trailing semicolon is allowed and cut off.
 */
final class Statement {
  private final List<SqlToken> tokens;
  private final String text;

  private Statement(List<SqlToken> tokens, String text) {
    this.tokens = tokens;
    this.text = text;
  }

  static Statement of(String sql, SqlDialect dialect) {
    if (sql == null || sql.isBlank()) {
      throw new Refusal("empty statement");
    }
    if (sql.length() > ReadOnlyGuard.MAX_LENGTH) {
      throw new Refusal("the statement is longer than " + ReadOnlyGuard.MAX_LENGTH + " characters");
    }
    if (sql.indexOf('\0') >= 0) {
      throw new Refusal("the statement contains a NUL character");
    }
    List<SqlToken> all = SqlLexer.tokenize(sql, dialect);
    int semicolon = 0;
    while (semicolon < all.size() && !all.get(semicolon).isSymbol(';')) {
      semicolon++;
    }
    if (semicolon == 0) {
      throw new Refusal("empty statement");
    }
    if (semicolon < all.size() - 1) {
      throw new Refusal("multiple statements");
    }
    String text = semicolon < all.size() ? sql.substring(0, all.get(semicolon).start()) : sql;
    return new Statement(all.subList(0, semicolon), text.strip());
  }

  /** The statement as it should be sent: without the trailing semicolon and what follows it. */
  String text() {
    return text;
  }

  int size() {
    return tokens.size();
  }

  SqlToken get(int i) {
    return tokens.get(i);
  }

  /** The first word after any opening parentheses, e.g. {@code SELECT} in {@code (SELECT 1)}. */
  Optional<SqlToken> firstWord() {
    for (SqlToken token : tokens) {
      if (!token.isSymbol('(')) {
        return token.isWord() ? Optional.of(token) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  boolean isWord(int i, String keyword) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord(keyword);
  }

  boolean isSymbol(int i, char c) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isSymbol(c);
  }

  /** True when the name at {@code i} is one part of a dotted name such as {@code t.comment}. */
  boolean isQualifiedPart(int i) {
    return isSymbol(i - 1, '.') || isSymbol(i + 1, '.');
  }
}
