package dev.akmatori.domain.tool.sql;

import java.util.Locale;
import java.util.Set;

/**
 * The §6.5 guard: one reading statement (SELECT, WITH, SHOW, DESCRIBE, DESC, EXPLAIN, EXISTS)
 * without writing keywords, output redirection, sleeps or table functions that reach outside.
 */
final class ClickHouseGuard implements ReadOnlyGuard {
  private static final Set<String> FIRST_WORDS =
      Set.of("select", "with", "show", "describe", "desc", "explain", "exists");

  /** Statements that change data, schema, settings or the server. */
  private static final Set<String> KEYWORDS = Set.of(
      "insert", "alter", "create", "drop", "truncate", "rename", "optimize", "attach", "detach",
      "kill", "grant", "revoke", "delete", "update", "exchange", "undrop", "backup", "restore", "set",
      "use", "system", "begin", "commit", "rollback", "watch");

  /** Functions that sleep or read files, URLs, other servers or programs. */
  private static final Set<String> FUNCTIONS = Set.of(
      "sleep", "sleepeachrow", "file", "url", "urlcluster", "s3", "s3cluster", "hdfs",
      "hdfscluster", "remote", "remotesecure", "mysql", "postgresql", "jdbc", "odbc", "executable",
      "azureblobstorage", "azureblobstoragecluster", "gcs", "hive", "mongodb", "redis", "sqlite",
      "deltalake", "iceberg", "hudi", "input");

  @Override
  public GuardVerdict check(String sql) {
    try {
      Statement statement = Statement.of(sql, SqlDialect.CLICKHOUSE);
      String first = statement.firstWord().map(SqlToken::lower).orElse("");
      if (!FIRST_WORDS.contains(first)) {
        throw new Refusal(
            "the statement must start with SELECT, WITH, SHOW, DESCRIBE, DESC, EXPLAIN or EXISTS");
      }
      for (int i = 0; i < statement.size(); i++) {
        checkToken(statement, i);
      }
      return GuardVerdict.accept(statement.text());
    } catch (Refusal refusal) {
      return GuardVerdict.refuse(refusal.getMessage());
    }
  }

  private static void checkToken(Statement statement, int i) {
    SqlToken token = statement.get(i);
    if (!token.isName()) {
      return;
    }
    String name = token.lower();
    boolean call = statement.isSymbol(i + 1, '(');
    if (token.isWord() && !statement.isQualifiedPart(i)) {
      boolean showCreate = name.equals("create") && statement.isWord(i - 1, "show");
      if (KEYWORDS.contains(name) && !showCreate) {
        throw new Refusal("keyword " + name.toUpperCase(Locale.ROOT) + " is not allowed; if it names a"
            + " column or table, write it in backquotes (`" + name + "`)");
      }
      if (name.equals("into")) {
        throw new Refusal("INTO OUTFILE is not allowed");
      }
      if (name.equals("format") && !call) {
        throw new Refusal("FORMAT clauses are not allowed; results are returned as JSON");
      }
    }
    if (call && FUNCTIONS.contains(name)) {
      throw new Refusal("function " + token.text() + " is not allowed");
    }
  }
}
