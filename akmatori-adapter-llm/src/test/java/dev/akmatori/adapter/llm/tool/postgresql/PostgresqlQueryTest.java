package dev.akmatori.adapter.llm.tool.postgresql;

import static dev.akmatori.adapter.llm.tool.postgresql.PgCalls.column;
import static dev.akmatori.adapter.llm.tool.postgresql.PgCalls.rowWhere;
import static dev.akmatori.adapter.llm.tool.postgresql.PgCalls.rows;
import static dev.akmatori.adapter.llm.tool.postgresql.PgCalls.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.testing.TestCancellation;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code postgresql.execute_query} against a real PostgreSQL: results, limits, guard, boundary. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PostgresqlQueryTest {
  /** About 10^10 rows of nested loop: minutes of CPU, no temporary files. */
  private static final String SLOW = "SELECT count(*) FROM generate_series(1, 100000) a CROSS JOIN generate_series(1, 100000) b";

  private static TestPostgres postgres;
  private static String s;
  private PgCalls calls;

  @BeforeAll
  static void createTables() throws SQLException {
    postgres = TestPostgres.start();
    s = postgres.schema;
    postgres.execute(
        "CREATE TABLE " + s + ".services (id bigserial PRIMARY KEY, name text NOT NULL UNIQUE, tier int)",
        "INSERT INTO " + s + ".services (name, tier) SELECT 'svc-' || g, g % 3 FROM generate_series(1, 20) g");
  }

  @AfterAll
  static void dropTables() throws SQLException {
    if (postgres != null) {
      postgres.close();
    }
  }

  private PgCalls calls(int timeoutSeconds) {
    calls = new PgCalls(TestPostgres.instance(postgres.settings(timeoutSeconds)));
    return calls;
  }

  private Map<String, Object> query(String sql, Object... limit) {
    Map<String, Object> args = limit.length == 0 ? Map.of("query", sql) : Map.of("query", sql, "limit", limit[0]);
    return table(calls(30).call("execute_query", args));
  }

  @Test
  void executeQuery_returnsColumnsWithTypes_rows_rowCount_andTruncated() {
    Map<String, Object> result = query("SELECT id, name FROM " + s + ".services WHERE id <= 2 ORDER BY id");

    assertThat(result.get("columns")).isEqualTo(List.of(
        Map.of("name", "id", "type", "bigserial"), Map.of("name", "name", "type", "text")));
    assertThat(rows(result)).containsExactly(List.of(1L, "svc-1"), List.of(2L, "svc-2"));
    assertThat(result).containsEntry("row_count", 2).containsEntry("truncated", false);
  }

  @Test
  void executeQuery_turnsPostgresTypesIntoJsonLikeValues() {
    Map<String, Object> result = query("SELECT 7::int2 AS small, 9007199254740993::int8 AS huge,"
        + " 1.5::float8 AS real, 'NaN'::float8 AS nan, 1.25::numeric AS money,"
        + " 12345678901234567890.5::numeric AS long_numeric, true AS flag, 'x'::text AS txt,"
        + " '2024-05-01T10:00:00+02:00'::timestamptz AS at, '2024-05-01 10:00:00'::timestamp AS local_at,"
        + " 'infinity'::timestamptz AS forever, '2024-05-01'::date AS day, '10:15:00'::time AS clock,"
        + " '\\x0102ff'::bytea AS bytes, '{\"a\": 1}'::jsonb AS doc, ARRAY[1, 2] AS ints,"
        + " ARRAY['a', NULL] AS texts, '1 day'::interval AS span,"
        + " '00000000-0000-0000-0000-000000000001'::uuid AS id, NULL::text AS nothing");
    Map<String, Object> row = rowWhere(result, "small", 7L);

    assertThat(row).containsEntry("huge", "9007199254740993").containsEntry("real", 1.5)
        .containsEntry("nan", "NaN").containsEntry("money", new BigDecimal("1.25"))
        .containsEntry("long_numeric", "12345678901234567890.5").containsEntry("flag", true)
        .containsEntry("txt", "x").containsEntry("at", "2024-05-01T08:00:00Z")
        .containsEntry("local_at", "2024-05-01T10:00:00").containsEntry("forever", "infinity")
        .containsEntry("day", "2024-05-01").containsEntry("clock", "10:15:00")
        .containsEntry("bytes", "AQL/").containsEntry("doc", "{\"a\": 1}")
        .containsEntry("ints", List.of(1L, 2L)).containsEntry("span", "1 day")
        .containsEntry("id", "00000000-0000-0000-0000-000000000001").containsEntry("nothing", null);
    assertThat(row.get("texts")).isEqualTo(Arrays.asList("a", null));
  }

  @Test
  void executeQuery_returnsAtMost100RowsByDefault_andSaysItCut() {
    Map<String, Object> result = query("SELECT g FROM generate_series(1, 150) g");

    assertThat(result).containsEntry("row_count", 100).containsEntry("truncated", true);
    assertThat(column(result, "g")).startsWith(1L, 2L).endsWith(100L);
  }

  @Test
  void executeQuery_cutsAtTheLimit_butAnExactFitIsNotTruncated() {
    assertThat(query("SELECT g FROM generate_series(1, 10) g", 3))
        .containsEntry("row_count", 3).containsEntry("truncated", true);
    assertThat(query("SELECT g FROM generate_series(1, 10) g", 10))
        .containsEntry("row_count", 10).containsEntry("truncated", false);
    assertThat(query("SELECT g FROM generate_series(1, 2000) g", 1000))
        .containsEntry("row_count", 1000).containsEntry("truncated", true);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1001})
  void aLimitOutside1To1000_isAnError_beforeAnyConnection(int limit) {
    PgCalls calls = calls(30);

    assertThatThrownBy(() -> calls.call("execute_query", Map.of("query", "SELECT 1", "limit", limit)))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("invalid arguments: limit: must be between 1 and 1000");
    assertThat(calls.connections).hasValue(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO %s.services (name) VALUES ('evil')",
      "UPDATE %s.services SET tier = 9",
      "SELECT 1; DROP TABLE %s.services",
      "select 1 --\n; drop table %s.services",
      "WITH d AS (DELETE FROM %s.services RETURNING *) SELECT count(*) FROM d",
      "SELECT * INTO %s.copy FROM %s.services",
      "SELECT * FROM %s.services FOR UPDATE",
      "SELECT pg_sleep(10) FROM %s.services",
      "select set_config('transaction_read_only', 'off', false), 1 FROM %s.services",
  })
  void writesAndDangerousStatements_areRefused_andNeverReachTheServer(String template) throws SQLException {
    PgCalls calls = calls(30);
    String sql = template.replace("%s", s);

    assertThatThrownBy(() -> calls.call("execute_query", Map.of("query", sql)))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("only read-only statements are allowed: ");
    assertThat(calls.connections).hasValue(0);
    assertThat(postgres.count("services")).isEqualTo(20);
  }

  @Test
  void pgSleep_isRefusedWithTheContractText() {
    PgCalls calls = calls(30);

    assertThatThrownBy(() -> calls.call("execute_query", Map.of("query", "SELECT pg_sleep(10)")))
        .hasMessage("only read-only statements are allowed: function pg_sleep is not allowed");
  }

  @Test
  void quotedSemicolonsAndTheQuestionMarkOperator_runAsOneStatementOnTheServer() {
    Map<String, Object> result = query("SELECT '; DROP TABLE t; --' AS plain, $$ ; drop $$ AS dollar,"
        + " E'\\'; DROP' AS escaped, '{\"a\": 1}'::jsonb ? 'a' AS has_a /* ; */ ; -- done");

    assertThat(rows(result)).containsExactly(List.of("; DROP TABLE t; --", " ; drop ", "'; DROP", true));
  }

  @Test
  void aWriteSmuggledPastTheGuard_failsAtTheServer_inTheReadOnlyTransaction() throws SQLException {
    PgCalls calls = calls(30);
    PgSettings settings = PgSettings.from(TestPostgres.instance(postgres.settings(30)));
    List<String> writes = List.of(
        "INSERT INTO " + s + ".services (name) VALUES ('smuggled')",
        "WITH d AS (DELETE FROM " + s + ".services RETURNING *) SELECT count(*) FROM d",
        "SELECT set_config('transaction_read_only', 'off', true)",
        "CREATE TABLE " + s + ".smuggled (id int)");

    for (String write : writes) {
      try (ReadOnlyTransaction transaction = ReadOnlyTransaction.begin(calls.connector, settings, Cancellation.NONE)) {
        assertThatThrownBy(() -> transaction.query(write, 10))
            .as(write)
            .isInstanceOf(ToolCallException.class)
            .hasMessageStartingWith("PostgreSQL error 25")
            .hasMessageMatching(".*(read-only transaction|read-write mode).*");
      }
    }
    assertThat(postgres.count("services")).isEqualTo(20);
  }

  @Test
  void textTheDriverWouldSplitIntoStatements_isRefusedByTheExecutionLayerToo() throws SQLException {
    PgCalls calls = calls(30);
    PgSettings settings = PgSettings.from(TestPostgres.instance(postgres.settings(30)));

    try (ReadOnlyTransaction transaction = ReadOnlyTransaction.begin(calls.connector, settings, Cancellation.NONE)) {
      assertThatThrownBy(() -> transaction.query("COMMIT; INSERT INTO " + s + ".services (name) VALUES ('x')", 10))
          .hasMessage("only read-only statements are allowed: multiple statements");
    }
    assertThat(postgres.count("services")).isEqualTo(20);
  }

  @Test
  void aSlowQuery_isCancelledByTheStatementTimeout_ofPgTimeout() {
    PgCalls calls = calls(5);

    assertThatThrownBy(() -> calls.call("execute_query", Map.of("query", SLOW)))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("PostgreSQL error 57014: canceling statement due to statement timeout (pg_timeout is 5 s)");
  }

  @Test
  void aFiredCancellation_cancelsTheRunningStatement() throws Exception {
    PgCalls calls = calls(60);
    TestCancellation cancellation = new TestCancellation();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<Object> call = executor.submit(() -> calls.call("execute_query", Map.of("query", SLOW), cancellation));
      awaitRunning(SLOW, true);
      cancellation.cancel();

      assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
      awaitRunning(SLOW, false);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void anErrorOfTheServer_isAToolError_withSqlStateAndPosition() {
    PgCalls calls = calls(30);

    assertThatThrownBy(() -> calls.call("execute_query", Map.of("query", "SELECT nosuchcolumn FROM " + s + ".services")))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("PostgreSQL error 42703: column \"nosuchcolumn\" does not exist at character 8");
  }

  /** Waits (bounded) until a statement with this text runs on the server, or no longer does. */
  private static void awaitRunning(String sql, boolean running) throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    try (Connection admin = postgres.admin(); Statement statement = admin.createStatement()) {
      while (Instant.now().isBefore(deadline)) {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
            + " WHERE state = 'active' AND application_name = 'akmatori' AND query = '" + sql + "'")) {
          rows.next();
          if (rows.getInt(1) > 0 == running) {
            return;
          }
        }
        Thread.sleep(50);
      }
    }
    throw new AssertionError((running ? "the statement never started: " : "the statement still runs: ") + sql);
  }
}
