package dev.akmatori.domain.tool.sql;

/** The lexical rules of one server, as far as the guards need them. */
enum SqlDialect {
  /**
   * PostgreSQL with {@code standard_conforming_strings = on} (the adapter sets it): backslashes are
   * plain characters in {@code '…'} and escapes only in {@code E'…'}; {@code "…"} identifiers;
   * {@code $tag$…$tag$} strings; {@code --} comments end at a line feed or carriage return.
   */
  POSTGRESQL,
  /**
   * ClickHouse: backslash escapes in {@code '…'}, {@code "…"} and {@code `…`}; heredocs
   * {@code $any$…$any$}; {@code --}, {@code //}, {@code # } and {@code #!} comments end at a line feed.
   */
  CLICKHOUSE
}
