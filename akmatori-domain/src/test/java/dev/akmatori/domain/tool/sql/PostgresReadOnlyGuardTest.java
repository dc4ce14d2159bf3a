package dev.akmatori.domain.tool.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresReadOnlyGuardTest {
  private final ReadOnlyGuard guard = ReadOnlyGuard.postgresql();

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT 1",
      "select 1;",
      "  \n\tSeLeCt 1  ",
      "SELECT 1;  -- done",
      "SELECT 1; /* done */",
      "WITH x AS (SELECT 1 AS a) SELECT a FROM x",
      "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 5) SELECT n FROM t",
      "(SELECT 1) UNION (SELECT 2)",
      "SELECT '; DROP TABLE t; --'",
      "SELECT 'it''s; DELETE FROM t'",
      "SELECT $$ ; drop table t $$",
      "SELECT $tag$ ; delete from t $$ still inside $tag$",
      "SELECT E'\\'; DROP TABLE t; --'",
      "SELECT e'\\\\''; DROP TABLE t; --'",
      "SELECT U&'d\\0061t\\+000061; DROP TABLE t' AS x",
      "SELECT U&'!0061' UESCAPE '!'",
      "SELECT \"delete\", \"comment\" FROM \"update\"",
      "SELECT t.comment, t.lock FROM audit AS t",
      "SELECT /* ; drop table t */ 1",
      "SELECT /* nested /* ; */ still a comment ; DROP */ 1",
      "SELECT updated_at, deleted, created_by, settings FROM t",
      "SELECT * FROM pg_stat_activity WHERE state <> 'idle'",
      "SELECT pg_size_pretty(pg_database_size(current_database()))",
      "SELECT * FROM pg_replication_slots",
      "SELECT x FROM t ORDER BY x FETCH FIRST 5 ROWS ONLY",
      "SELECT substring('abcdef' FROM 2 FOR 3)",
      "SELECT count(*) FILTER (WHERE x > 1) FROM t",
      "SELECT 1 -- trailing comment without newline",
      "SELECT 1e5, .5, 1_000, 0x1F",
      "SELECT a$b$ FROM t",
      "SELECT 1 AS caf\u00e9, 2 AS \u00fcber",
      "SELECT 1 AS x\u00a0drop",
      "SELECT 1E'\\'; DROP TABLE t; --'",
  })
  void readingStatements_areAccepted(String sql) {
    GuardVerdict verdict = guard.check(sql);

    assertThat(verdict.reason()).isEmpty();
    assertThat(verdict.isAccepted()).isTrue();
    assertThat(verdict.message()).isEmpty();
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("SELECT 1; DROP TABLE t", "multiple statements"),
        Arguments.of("select 1 --\n; drop table t", "multiple statements"),
        Arguments.of("select 1 -- hides the line end\r; drop table t", "multiple statements"),
        Arguments.of("SELECT 1 /* ; */; DROP TABLE t", "multiple statements"),
        Arguments.of("SELECT 1;;", "multiple statements"),
        Arguments.of("SeLeCt 1;\n\t dRoP tAbLe t", "multiple statements"),
        Arguments.of("SELECT 'a\\'; DROP TABLE t; --'", "multiple statements"),
        Arguments.of("SELECT E'\\''; DROP TABLE t; --'", "multiple statements"),
        Arguments.of("SELECT 1 FROM t/**/WHERE/**/false;/**/DROP TABLE t", "multiple statements"),
        Arguments.of("SELECT 1; COPY t TO PROGRAM 'rm -rf /'", "multiple statements"),
        Arguments.of("", "empty statement"),
        Arguments.of("   \n ", "empty statement"),
        Arguments.of(";", "empty statement"),
        Arguments.of("/* only a comment */", "empty statement"),
        Arguments.of("-- SELECT 1", "empty statement"),
        Arguments.of("DROP TABLE t", "the statement must start with SELECT or WITH"),
        Arguments.of("INSERT INTO t VALUES (1)", "the statement must start with SELECT or WITH"),
        Arguments.of("EXPLAIN ANALYZE SELECT 1", "the statement must start with SELECT or WITH"),
        Arguments.of("/* SELECT */ DELETE FROM t", "the statement must start with SELECT or WITH"),
        Arguments.of("-- SELECT\nDELETE FROM t", "the statement must start with SELECT or WITH"),
        Arguments.of("sel/**/ect 1", "the statement must start with SELECT or WITH"),
        Arguments.of("VALUES (1)", "the statement must start with SELECT or WITH"),
        Arguments.of("CALL p()", "the statement must start with SELECT or WITH"),
        Arguments.of("SELECT\u200bDROP", "the statement must start with SELECT or WITH"),
        Arguments.of("SELECT\u00a0DROP TABLE t", "the statement must start with SELECT or WITH"),
        Arguments.of("SELECT \u2010$$ ; DROP TABLE t; --$$", "multiple statements"),
        Arguments.of("SELECT \u2010E'\\'; DROP TABLE t; --'", "multiple statements"),
        Arguments.of("SELECT x\u00a0$a$ ; DROP TABLE t; --$a$", "multiple statements"),
        Arguments.of("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d",
            "data-modifying statements in WITH are not allowed"),
        Arguments.of("with d as materialized (update t set x = 1 returning *) select 1",
            "data-modifying statements in WITH are not allowed"),
        Arguments.of("WITH a AS (SELECT 1), b AS (INSERT INTO t SELECT * FROM a RETURNING *) SELECT 1",
            "data-modifying statements in WITH are not allowed"),
        Arguments.of("SELECT * INTO x FROM t", "SELECT … INTO is not allowed"),
        Arguments.of("select * into temporary x from t", "SELECT … INTO is not allowed"),
        Arguments.of("SELECT * FROM t FOR UPDATE", "locking clause FOR UPDATE is not allowed"),
        Arguments.of("SELECT * FROM t for no key update", "locking clause FOR NO KEY UPDATE is not allowed"),
        Arguments.of("SELECT * FROM t FOR SHARE", "locking clause FOR SHARE is not allowed"),
        Arguments.of("SELECT * FROM t FOR KEY SHARE SKIP LOCKED", "locking clause FOR KEY SHARE is not allowed"),
        Arguments.of("SELECT * FROM t FOR/**/UPDATE", "locking clause FOR UPDATE is not allowed"),
        Arguments.of("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x", "keyword INSERT is not allowed"),
        Arguments.of("SELECT 1 WHERE true GRANT", "keyword GRANT is not allowed"),
        Arguments.of("SELECT comment FROM t", "keyword COMMENT is not allowed"),
        Arguments.of("SELECT 1 AS analyze", "keyword ANALYZE is not allowed"),
        Arguments.of("SELECT 1 security label", "keyword SECURITY is not allowed"),
        Arguments.of("SELECT pg_sleep(10)", "function pg_sleep is not allowed"),
        Arguments.of("SELECT PG_SLEEP (10)", "function PG_SLEEP is not allowed"),
        Arguments.of("SELECT pg_catalog.pg_sleep(1)", "function pg_sleep is not allowed"),
        Arguments.of("SELECT \"pg_sleep\"(1)", "function pg_sleep is not allowed"),
        Arguments.of("SELECT pg_sleep/**/(1)", "function pg_sleep is not allowed"),
        Arguments.of("SELECT pg_sleep_for('1 minute')", "function pg_sleep_for is not allowed"),
        Arguments.of("select set_config('x','y',false)", "function set_config is not allowed"),
        Arguments.of("SELECT pg_terminate_backend(123)", "function pg_terminate_backend is not allowed"),
        Arguments.of("SELECT pg_cancel_backend(123)", "function pg_cancel_backend is not allowed"),
        Arguments.of("SELECT * FROM dblink('host=x', 'select 1') AS t(a int)", "function dblink is not allowed"),
        Arguments.of("SELECT dblink_exec('delete from t')", "function dblink_exec is not allowed"),
        Arguments.of("SELECT lo_import('/etc/passwd')", "function lo_import is not allowed"),
        Arguments.of("SELECT lo_export(1, '/tmp/x')", "function lo_export is not allowed"),
        Arguments.of("SELECT lo_unlink(1)", "function lo_unlink is not allowed"),
        Arguments.of("SELECT pg_read_file('/etc/passwd')", "function pg_read_file is not allowed"),
        Arguments.of("SELECT pg_read_binary_file('/etc/passwd')", "function pg_read_binary_file is not allowed"),
        Arguments.of("SELECT * FROM pg_ls_dir('.')", "function pg_ls_dir is not allowed"),
        Arguments.of("SELECT pg_advisory_lock(1)", "function pg_advisory_lock is not allowed"),
        Arguments.of("SELECT nextval('s')", "function nextval is not allowed"),
        Arguments.of("SELECT query_to_xml('delete from t', true, true, '')", "function query_to_xml is not allowed"),
        Arguments.of("SELECT pg_reload_conf()", "function pg_reload_conf is not allowed"),
        Arguments.of("SELECT pg_stat_reset()", "function pg_stat_reset is not allowed"),
        Arguments.of("SELECT 'unterminated", "unterminated string literal"),
        Arguments.of("SELECT E'unterminated\\'", "unterminated string literal"),
        Arguments.of("SELECT /* unterminated", "unterminated comment"),
        Arguments.of("SELECT /* /* */ ; DROP TABLE t", "unterminated comment"),
        Arguments.of("SELECT $$ unterminated", "unterminated dollar-quoted string"),
        Arguments.of("SELECT $a$ ; DROP TABLE t $A$", "unterminated dollar-quoted string"),
        Arguments.of("SELECT \"unterminated", "unterminated quoted identifier"),
        Arguments.of("SELECT U&\"pg\\005fsleep\"(1)", "Unicode-escaped identifiers (U&\"…\") are not allowed"),
        Arguments.of("SELECT 1\u0000; DROP TABLE t", "the statement contains a NUL character"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void writingOrAmbiguousStatements_areRefusedWithTheirReason(String sql, String reason) {
    GuardVerdict verdict = guard.check(sql);

    assertThat(verdict.isAccepted()).isFalse();
    assertThat(verdict.reason()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith(reason);
    assertThat(verdict.message()).isEqualTo("only read-only statements are allowed: " + verdict.reason().get());
    assertThatThrownBy(verdict::statement).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aNullStatement_isEmpty() {
    assertThat(guard.check(null).message()).isEqualTo("only read-only statements are allowed: empty statement");
  }

  @Test
  void theAcceptedStatement_losesItsTrailingSemicolonAndWhatFollows() {
    assertThat(guard.check("  SELECT 1 ; -- bye\n").statement()).isEqualTo("SELECT 1");
    assertThat(guard.check("SELECT ';' AS x").statement()).isEqualTo("SELECT ';' AS x");
    assertThat(guard.check("SELECT 1 -- note").statement()).isEqualTo("SELECT 1 -- note");
  }

  @Test
  void aKeywordRefusal_tellsHowToQuoteAnIdentifierOfThatName() {
    assertThat(guard.check("SELECT cluster FROM nodes").message())
        .isEqualTo("only read-only statements are allowed: keyword CLUSTER is not allowed; if it names a"
            + " column or table, write it in double quotes (\"cluster\")");
    assertThat(guard.check("SELECT \"cluster\" FROM nodes").isAccepted()).isTrue();
    assertThat(guard.check("SELECT n.cluster FROM nodes n").isAccepted()).isTrue();
  }

  @Test
  void statementsOverTheLengthLimit_areRefusedUnread() {
    String longSql = "SELECT '" + "x".repeat(ReadOnlyGuard.MAX_LENGTH) + "'";

    assertThat(guard.check(longSql).reason()).contains("the statement is longer than 100000 characters");
  }

  @Test
  void aHugeLiteral_isLexedInLinearTime_andAccepted() {
    String sql = "SELECT '" + "''".repeat(40_000) + "' AS quotes";

    assertThat(guard.check(sql).isAccepted()).isTrue();
  }
}
