package dev.akmatori.domain.tool.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClickHouseReadOnlyGuardTest {
  private final ReadOnlyGuard guard = ReadOnlyGuard.clickhouse();

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT 1",
      "select count() from system.tables;",
      "WITH 1 AS x SELECT x",
      "SHOW TABLES",
      "SHOW DATABASES",
      "SHOW CREATE TABLE default.events",
      "DESCRIBE TABLE events",
      "DESC events",
      "EXPLAIN SELECT 1",
      "EXPLAIN PIPELINE SELECT sum(number) FROM numbers(10)",
      "EXISTS TABLE events",
      "(SELECT 1) UNION ALL (SELECT 2)",
      "SELECT 'a\\'; DROP TABLE t; --'",
      "SELECT 'it''s; DROP'",
      "SELECT `delete`, \"update\" FROM `system`.`processes`",
      "SELECT \"a\\\"; DROP\" FROM t",
      "SELECT 1 -- ; drop table t",
      "SELECT 1 // ; drop table t",
      "SELECT 1 # ; drop table t",
      "SELECT 1 /* nested /* ; */ DROP */",
      "SELECT $$ ; DROP TABLE t $$",
      "SELECT $my tag$ ; DROP TABLE t $my tag$",
      "SELECT url, file FROM hits",
      "SELECT replace('a', 'b', 'c'), format('{} {}', 'x', 'y')",
      "SELECT * FROM system.processes WHERE elapsed > 1",
      "SELECT number FROM numbers(10) SETTINGS max_threads = 1",
  })
  void readingStatements_areAccepted(String sql) {
    GuardVerdict verdict = guard.check(sql);

    assertThat(verdict.reason()).isEmpty();
  }

  static Stream<Arguments> refused() {
    String mustStart = "the statement must start with SELECT, WITH, SHOW, DESCRIBE, DESC, EXPLAIN or EXISTS";
    return Stream.of(
        Arguments.of("SELECT 1; DROP TABLE t", "multiple statements"),
        Arguments.of("select 1 --\n; drop table t", "multiple statements"),
        Arguments.of("SELECT 1 // x\n; DROP TABLE t", "multiple statements"),
        Arguments.of("SELECT 1 #x; DROP TABLE t", "multiple statements"),
        Arguments.of("SELECT 'a\\\\'; DROP TABLE t; --'", "multiple statements"),
        Arguments.of("SELECT $x; DROP TABLE t; SELECT $", "multiple statements"),
        Arguments.of("", "empty statement"),
        Arguments.of("-- nothing", "empty statement"),
        Arguments.of("INSERT INTO t VALUES (1)", mustStart),
        Arguments.of("ALTER TABLE t DELETE WHERE 1", mustStart),
        Arguments.of("OPTIMIZE TABLE t FINAL", mustStart),
        Arguments.of("SYSTEM STOP MERGES", mustStart),
        Arguments.of("KILL QUERY WHERE 1", mustStart),
        Arguments.of("SET readonly = 0", mustStart),
        Arguments.of("/* SELECT */ DROP TABLE t", mustStart),
        Arguments.of("EXPLAIN INSERT INTO t SELECT 1", "keyword INSERT is not allowed"),
        Arguments.of("SHOW TABLES; TRUNCATE TABLE t", "multiple statements"),
        Arguments.of("WITH x AS (SELECT 1) SELECT * FROM x WHERE 1 DROP", "keyword DROP is not allowed"),
        Arguments.of("SELECT\u00a0DELETE", "keyword DELETE is not allowed"),
        Arguments.of("SELECT 1 INTO OUTFILE 'x.csv'", "INTO OUTFILE is not allowed"),
        Arguments.of("SELECT 1 FORMAT TSV", "FORMAT clauses are not allowed; results are returned as JSON"),
        Arguments.of("SELECT * FROM url('http://10.0.0.1/', CSV, 'a String')", "function url is not allowed"),
        Arguments.of("SELECT sleep(3)", "function sleep is not allowed"),
        Arguments.of("SELECT sleepEachRow(1) FROM numbers(10)", "function sleepEachRow is not allowed"),
        Arguments.of("SELECT * FROM file('/etc/passwd', 'LineAsString')", "function file is not allowed"),
        Arguments.of("SELECT * FROM remote('evil:9000', db.t, 'u', 'p')", "function remote is not allowed"),
        Arguments.of("SELECT * FROM executable('x.sh', TSV, 'a String')", "function executable is not allowed"),
        Arguments.of("SELECT * FROM s3 ('https://b/x.csv')", "function s3 is not allowed"),
        Arguments.of("SELECT 'unterminated", "unterminated string literal"),
        Arguments.of("SELECT `unterminated", "unterminated quoted identifier"),
        Arguments.of("SELECT /* /* */ 1", "unterminated comment"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void writingOrAmbiguousStatements_areRefusedWithTheirReason(String sql, String reason) {
    GuardVerdict verdict = guard.check(sql);

    assertThat(verdict.isAccepted()).isFalse();
    assertThat(verdict.reason().orElseThrow()).startsWith(reason);
    assertThat(verdict.message()).startsWith("only read-only statements are allowed: ");
  }

  @Test
  void theAcceptedStatement_losesItsTrailingSemicolon() {
    assertThat(guard.check("SHOW TABLES;\n").statement()).isEqualTo("SHOW TABLES");
  }

  @Test
  void systemTables_areNotTheSystemStatement() {
    assertThat(guard.check("SELECT * FROM system.merges").isAccepted()).isTrue();
    assertThat(guard.check("SELECT 1 system").reason().orElseThrow()).startsWith("keyword SYSTEM is not allowed");
  }
}
