package dev.akmatori.domain.tool.sql;

/**
 * Decides whether a statement written by the agent may be sent to a database as read-only. A pure
 * function of the text; thread-safe. Best effort by design: the adapters still run what passes in
 * a read-only transaction or mode with a timeout, which is the real boundary.
 */
public interface ReadOnlyGuard {
  /** Statements longer than this are refused without being read. */
  int MAX_LENGTH = 100_000;

  /** Checks {@code sql}; never throws, also not for {@code null}. */
  GuardVerdict check(String sql);

  /** §6.4: one SELECT or WITH statement, no writes, no locking clauses, no dangerous functions. */
  static ReadOnlyGuard postgresql() {
    return new PostgresGuard();
  }

  /** §6.5: one SELECT, WITH, SHOW, DESCRIBE, DESC, EXPLAIN or EXISTS statement, no writes. */
  static ReadOnlyGuard clickhouse() {
    return new ClickHouseGuard();
  }
}
