package dev.akmatori.adapter.llm.tool.postgresql;

import static dev.akmatori.adapter.llm.tool.postgresql.PgCalls.column;
import static dev.akmatori.adapter.llm.tool.postgresql.PgCalls.columnNames;
import static dev.akmatori.adapter.llm.tool.postgresql.PgCalls.rowWhere;
import static dev.akmatori.adapter.llm.tool.postgresql.PgCalls.rows;
import static dev.akmatori.adapter.llm.tool.postgresql.PgCalls.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The schema, activity, lock, replication and statistics operations against a real PostgreSQL. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PostgresqlCatalogTest {
  private static TestPostgres postgres;
  private static String s;
  private static PgCalls calls;

  @BeforeAll
  static void createTables() throws SQLException {
    postgres = TestPostgres.start();
    s = postgres.schema;
    postgres.execute(
        "CREATE TABLE " + s + ".services (id bigserial PRIMARY KEY, name text NOT NULL UNIQUE,"
            + " tier int DEFAULT 2, owner text)",
        "COMMENT ON TABLE " + s + ".services IS 'Services we run'",
        "COMMENT ON COLUMN " + s + ".services.owner IS 'Owning team'",
        "CREATE INDEX services_owner_idx ON " + s + ".services (owner)",
        "INSERT INTO " + s + ".services (name, tier, owner) SELECT 'svc-' || g, g % 3, 'team-' || (g % 4)"
            + " FROM generate_series(1, 20) g",
        "CREATE VIEW " + s + ".tier_one AS SELECT * FROM " + s + ".services WHERE tier = 1",
        "CREATE TABLE " + s + ".events (id int, payload jsonb)",
        "ANALYZE " + s + ".services");
    calls = new PgCalls(TestPostgres.instance(postgres.settings(30)));
  }

  @AfterAll
  static void dropTables() throws SQLException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void listTables_showsTheTablesAndViewsOfASchema_withTypeSizeAndComment() {
    Map<String, Object> result = table(calls.call("list_tables", Map.of("schema", s)));

    assertThat(column(result, "table_name")).containsExactly("events", "services", "tier_one");
    assertThat(rowWhere(result, "table_name", "services"))
        .containsEntry("table_type", "table").containsEntry("estimated_rows", 20L)
        .containsEntry("description", "Services we run");
    assertThat((Long) rowWhere(result, "table_name", "services").get("total_bytes")).isPositive();
    assertThat(rowWhere(result, "table_name", "tier_one")).containsEntry("table_type", "view");
  }

  @Test
  void listTables_readsSchemaPublic_whenNoneIsGiven() {
    Map<String, Object> result = table(calls.call("list_tables", Map.of()));

    assertThat(columnNames(result))
        .containsExactly("table_name", "table_type", "estimated_rows", "total_bytes", "description");
    assertThat(column(result, "table_name")).doesNotContain("services");
  }

  @Test
  void describeTable_listsColumnsWithTypeNullabilityDefaultKeyAndComment() {
    Map<String, Object> result = table(calls.call("describe_table", Map.of("table_name", "services", "schema", s)));

    assertThat(column(result, "column_name")).containsExactly("id", "name", "tier", "owner");
    Map<String, Object> id = rowWhere(result, "column_name", "id");
    assertThat(id).containsEntry("data_type", "bigint").containsEntry("nullable", false)
        .containsEntry("primary_key", true);
    assertThat((String) id.get("column_default")).startsWith("nextval(");
    assertThat(rowWhere(result, "column_name", "tier")).containsEntry("column_default", "2")
        .containsEntry("nullable", true).containsEntry("primary_key", false);
    assertThat(rowWhere(result, "column_name", "owner")).containsEntry("description", "Owning team");
  }

  @Test
  void describeTable_acceptsSchemaDotTable_andAnUnquotedNameInCapitals() {
    Map<String, Object> result = table(calls.call("describe_table", Map.of("table_name", s + ".SERVICES")));

    assertThat(column(result, "column_name")).containsExactly("id", "name", "tier", "owner");
  }

  @Test
  void aTableThatDoesNotExist_isAToolError() {
    assertThatThrownBy(() -> calls.call("describe_table", Map.of("table_name", "nope", "schema", s)))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("table '" + s + ".nope' not found");
    assertThatThrownBy(() -> calls.call("get_indexes", Map.of("table_name", "nope")))
        .hasMessage("table 'public.nope' not found");
  }

  @Test
  void getIndexes_listsPrimaryUniqueAndPlainIndexes_withDefinitions() {
    Map<String, Object> result = table(calls.call("get_indexes", Map.of("table_name", "services", "schema", s)));

    assertThat(column(result, "index_name"))
        .containsExactly("services_name_key", "services_owner_idx", "services_pkey");
    assertThat(rowWhere(result, "index_name", "services_pkey"))
        .containsEntry("is_primary", true).containsEntry("is_unique", true).containsEntry("is_valid", true);
    assertThat(rowWhere(result, "index_name", "services_owner_idx")).containsEntry("is_unique", false);
    assertThat((String) rowWhere(result, "index_name", "services_owner_idx").get("definition"))
        .isEqualTo("CREATE INDEX services_owner_idx ON " + s + ".services USING btree (owner)");
  }

  @Test
  void getTableStats_ofOneTable_andOfAWholeSchema() {
    Map<String, Object> one = table(calls.call("get_table_stats", Map.of("table_name", "services", "schema", s)));
    Map<String, Object> schema = table(calls.call("get_table_stats", Map.of("schema", s)));

    assertThat(rows(one)).hasSize(1);
    assertThat(rowWhere(one, "table_name", "services")).containsEntry("schema", s);
    assertThat((Long) rowWhere(one, "table_name", "services").get("total_bytes")).isPositive();
    assertThat(rowWhere(one, "table_name", "services").get("last_analyze")).asString().endsWith("Z");
    assertThat(column(schema, "table_name")).containsExactlyInAnyOrder("services", "events");
  }

  @Test
  void getActiveQueries_showsARunningQuery_andIdleSessionsOnlyWhenAsked() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (Connection sleeper = postgres.admin(); Connection idle = postgres.admin()) {
      int sleeperPid = pid(sleeper);
      int idlePid = pid(idle);
      Future<?> sleeping = executor.submit(() -> sleeper.createStatement().execute("SELECT pg_sleep(60)"));
      awaitWaitEvent(sleeperPid, "PgSleep");

      Map<String, Object> active = table(calls.call("get_active_queries", Map.of("min_duration_seconds", 0)));
      Map<String, Object> all = table(calls.call("get_active_queries", Map.of("include_idle", true)));

      assertThat(rowWhere(active, "pid", (long) sleeperPid))
          .containsEntry("state", "active").containsEntry("query", "SELECT pg_sleep(60)");
      assertThat(column(active, "pid")).doesNotContain((long) idlePid);
      assertThat(rowWhere(all, "pid", (long) idlePid)).containsEntry("state", "idle");
      assertThat(column(table(calls.call("get_active_queries", Map.of("min_duration_seconds", 3600))), "pid"))
          .doesNotContain((long) sleeperPid);
      postgres.execute("SELECT pg_cancel_backend(" + sleeperPid + ")");
      assertThatThrownBy(() -> sleeping.get(30, TimeUnit.SECONDS)).hasMessageContaining("canceling statement");
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void getLocks_blockedOnly_showsTheWaiterAndTheSessionThatBlocksIt() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (Connection holder = postgres.admin(); Connection waiter = postgres.admin()) {
      int holderPid = pid(holder);
      int waiterPid = pid(waiter);
      holder.setAutoCommit(false);
      holder.createStatement().execute("LOCK TABLE " + s + ".events IN ACCESS EXCLUSIVE MODE");
      Future<?> waiting = executor.submit(() -> waiter.createStatement().execute("SELECT * FROM " + s + ".events"));
      awaitWaitEvent(waiterPid, "relation");

      Map<String, Object> blocked = table(calls.call("get_locks", Map.of("blocked_only", true)));
      Map<String, Object> all = table(calls.call("get_locks", Map.of()));

      Map<String, Object> wait = rowWhere(blocked, "pid", (long) waiterPid);
      assertThat(wait).containsEntry("granted", false).containsEntry("relation", s + ".events")
          .containsEntry("mode", "AccessShareLock").containsEntry("blocked_by", List.of((long) holderPid));
      assertThat(rows(blocked)).anySatisfy(row -> assertThat(row).contains((long) holderPid, "AccessExclusiveLock", true));
      assertThat(rows(all).size()).isGreaterThanOrEqualTo(rows(blocked).size());
      holder.rollback();
      waiting.get(30, TimeUnit.SECONDS);
      assertThat(column(table(calls.call("get_locks", Map.of("blocked_only", true))), "pid"))
          .doesNotContain((long) waiterPid);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void getReplicationStatus_ofAStandalonePrimary_showsItsWalPositionAndEmptyTables() {
    @SuppressWarnings("unchecked")
    Map<String, Object> status = (Map<String, Object>) calls.call("get_replication_status", Map.of());

    assertThat(status).containsKeys("in_recovery", "current_wal_lsn", "last_receive_lsn", "last_replay_lsn",
        "last_replay_timestamp", "replicas", "wal_receiver", "replication_slots");
    assertThat(status).containsEntry("in_recovery", false).containsEntry("last_replay_lsn", null);
    assertThat((String) status.get("current_wal_lsn")).matches("[0-9A-F]+/[0-9A-F]+");
    assertThat(table(status.get("replicas"))).containsEntry("row_count", 0);
    assertThat(columnNames(table(status.get("replicas")))).contains("application_name", "replay_lag_bytes");
    assertThat(table(status.get("wal_receiver"))).containsEntry("row_count", 0);
    assertThat(columnNames(table(status.get("replication_slots")))).contains("slot_name", "retained_wal_bytes");
  }

  @Test
  void getDatabaseStats_listsEachDatabase_withSizeConnectionsAndCacheHits() {
    Map<String, Object> result = table(calls.call("get_database_stats", Map.of()));

    Map<String, Object> current = rowWhere(result, "database", postgres.database);
    assertThat((Long) current.get("size_bytes")).isPositive();
    assertThat((Long) current.get("connections")).isPositive();
    assertThat((Long) current.get("max_connections")).isPositive();
    assertThat(current).containsKeys("commits", "rollbacks", "cache_hit_percent", "deadlocks", "temp_bytes");
  }

  @Test
  void explainQuery_showsThePlan_withoutRunningTheQuery() {
    PgCalls quick = new PgCalls(TestPostgres.instance(postgres.settings(5)));
    String slow = "SELECT count(*) FROM generate_series(1, 100000) a CROSS JOIN generate_series(1, 100000) b";

    Map<String, Object> plan = table(quick.call("explain_query", Map.of("query", slow)));
    Map<String, Object> indexed = table(quick.call("explain_query",
        Map.of("query", "SELECT * FROM " + s + ".services WHERE id = 1;")));

    assertThat(columnNames(plan)).containsExactly("QUERY PLAN");
    assertThat(column(plan, "QUERY PLAN").get(0)).asString().startsWith("Aggregate");
    assertThat(column(indexed, "QUERY PLAN")).anySatisfy(line -> assertThat(line).asString().contains("services"));
  }

  @Test
  void explainQuery_refusesAnalyzeAndWrites_beforeConnecting() {
    PgCalls fresh = new PgCalls(TestPostgres.instance(postgres.settings(30)));

    assertThatThrownBy(() -> fresh.call("explain_query", Map.of("query", "EXPLAIN ANALYZE SELECT 1")))
        .hasMessage("only read-only statements are allowed: the statement must start with SELECT or WITH");
    assertThatThrownBy(() -> fresh.call("explain_query", Map.of("query", "(ANALYZE) SELECT 1")))
        .hasMessage("only read-only statements are allowed: the statement must start with SELECT or WITH");
    assertThatThrownBy(() -> fresh.call("explain_query", Map.of("query", "DELETE FROM " + s + ".services")))
        .hasMessageStartingWith("only read-only statements are allowed: ");
    assertThat(fresh.connections).hasValue(0);
  }

  private static int pid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** Waits (bounded) until the backend {@code pid} waits on {@code event} (e.g. a sleep or a lock). */
  private static void awaitWaitEvent(int pid, String event) throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    try (Connection admin = postgres.admin(); Statement statement = admin.createStatement()) {
      while (Instant.now().isBefore(deadline)) {
        try (ResultSet rows = statement.executeQuery("SELECT wait_event, wait_event_type FROM pg_stat_activity"
            + " WHERE pid = " + pid)) {
          if (rows.next() && (event.equals(rows.getString(1)) || event.equalsIgnoreCase(rows.getString(2)))) {
            return;
          }
        }
        Thread.sleep(50);
      }
    }
    throw new AssertionError("backend " + pid + " never waited on " + event);
  }
}
