package dev.akmatori.domain.tool.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The §6.4 guard: one SELECT or WITH statement that cannot write, lock, wait or reach outside. */
final class PostgresGuard implements ReadOnlyGuard {
  /** Statements (or their clauses) that change data, schema, session or server state. */
  private static final Set<String> KEYWORDS = Set.of(
      "insert", "update", "delete", "merge", "create", "alter", "drop", "truncate", "grant",
      "revoke", "copy", "vacuum", "analyze", "analyse", "cluster", "reindex", "lock", "call", "do",
      "set", "reset", "listen", "unlisten", "notify", "prepare", "execute", "deallocate", "discard",
      "refresh", "comment", "import", "begin", "commit", "rollback", "savepoint", "checkpoint",
      "reassign");

  private static final Set<String> WRITES_IN_WITH = Set.of("insert", "update", "delete", "merge");

  /** Functions that sleep, signal backends, change settings or sequences, or reach files and hosts. */
  private static final Set<String> FUNCTIONS = Set.of(
      "pg_sleep", "pg_sleep_for", "pg_sleep_until", "pg_terminate_backend", "pg_cancel_backend",
      "set_config", "dblink", "lo_import", "lo_export", "pg_read_file", "pg_read_binary_file",
      "pg_ls_dir", "pg_stat_file", "pg_reload_conf", "pg_rotate_logfile", "pg_promote",
      "pg_switch_wal", "pg_notify", "nextval", "setval", "query_to_xml", "query_to_xmlschema",
      "query_to_xml_and_xmlschema", "cursor_to_xml", "cursor_to_xmlschema",
      "pg_create_restore_point", "pg_backup_start", "pg_backup_stop", "pg_start_backup",
      "pg_stop_backup", "pg_log_backend_memory_contexts", "pg_import_system_collations");

  /** Families of such functions, refused when called: {@code pg_advisory_lock(…)}, {@code lo_unlink(…)}. */
  private static final List<String> FUNCTION_PREFIXES = List.of(
      "dblink_", "lo_", "pg_advisory_", "pg_try_advisory_", "pg_ls_", "pg_read_", "pg_stat_reset",
      "pg_create_", "pg_drop_", "pg_replication_", "pg_logical_", "pg_file_", "pg_wal_replay_",
      "pg_copy_");

  @Override
  public GuardVerdict check(String sql) {
    try {
      Statement statement = Statement.of(sql, SqlDialect.POSTGRESQL);
      String first = statement.firstWord().map(SqlToken::lower).orElse("");
      if (!first.equals("select") && !first.equals("with")) {
        throw new Refusal("the statement must start with SELECT or WITH");
      }
      if (first.equals("with")) {
        refuseWritesInWith(statement);
      }
      for (int i = 0; i < statement.size(); i++) {
        checkToken(statement, i);
      }
      return GuardVerdict.accept(statement.text());
    } catch (Refusal refusal) {
      return GuardVerdict.refuse(refusal.getMessage());
    }
  }

  private static void refuseWritesInWith(Statement statement) {
    for (int i = 1; i < statement.size(); i++) {
      if (statement.isSymbol(i - 1, '(') && WRITES_IN_WITH.contains(statement.get(i).lower())
          && statement.get(i).isWord()) {
        throw new Refusal("data-modifying statements in WITH are not allowed");
      }
    }
  }

  private static void checkToken(Statement statement, int i) {
    SqlToken token = statement.get(i);
    if (!token.isName()) {
      return;
    }
    String name = token.lower();
    boolean keyword = token.isWord() && !statement.isQualifiedPart(i);
    if (keyword && name.equals("into")) {
      throw new Refusal("SELECT … INTO is not allowed");
    }
    if (keyword && name.equals("for")) {
      lockingClause(statement, i).ifPresent(clause -> {
        throw new Refusal("locking clause " + clause + " is not allowed");
      });
    }
    if (keyword && (KEYWORDS.contains(name) || name.equals("security") && statement.isWord(i + 1, "label"))) {
      throw new Refusal("keyword " + name.toUpperCase(Locale.ROOT) + " is not allowed; if it names a"
          + " column or table, write it in double quotes (\"" + name + "\")");
    }
    if (FUNCTIONS.contains(name) || (statement.isSymbol(i + 1, '(') && hasDangerousPrefix(name))) {
      throw new Refusal("function " + token.text() + " is not allowed");
    }
  }

  /** {@code FOR UPDATE}, {@code FOR NO KEY UPDATE}, {@code FOR SHARE}, {@code FOR KEY SHARE}. */
  private static Optional<String> lockingClause(Statement statement, int i) {
    StringBuilder clause = new StringBuilder("FOR");
    for (int j = i + 1; j < statement.size() && j <= i + 3; j++) {
      SqlToken next = statement.get(j);
      String word = next.isWord() ? next.lower() : "";
      if (!Set.of("no", "key", "update", "share").contains(word)) {
        return Optional.empty();
      }
      clause.append(' ').append(word.toUpperCase(Locale.ROOT));
      if (word.equals("update") || word.equals("share")) {
        return Optional.of(clause.toString());
      }
    }
    return Optional.empty();
  }

  private static boolean hasDangerousPrefix(String name) {
    return FUNCTION_PREFIXES.stream().anyMatch(name::startsWith);
  }
}
