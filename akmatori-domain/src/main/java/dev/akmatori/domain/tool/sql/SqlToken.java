package dev.akmatori.domain.tool.sql;

import java.util.Locale;

/** One significant token: comments and whitespace are dropped, literals keep no content. */
record SqlToken(Kind kind, String text, int start) {
  enum Kind {
    /** An unquoted identifier or keyword. */
    WORD,
    /** A quoted identifier; {@code text} is its name with escapes resolved. */
    QUOTED,
    /** A string, escape string, dollar-quoted string or heredoc; {@code text} is empty. */
    STRING,
    NUMBER,
    /** A positional parameter such as {@code $1}. */
    PARAMETER,
    /** One character of punctuation or an operator. */
    SYMBOL
  }

  /** The identifier in lower case, for keyword and function lookups. */
  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isWord(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  boolean isSymbol(char c) {
    return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
  }

  /** True for identifiers, quoted or not: what could name a function. */
  boolean isName() {
    return kind == Kind.WORD || kind == Kind.QUOTED;
  }
}
