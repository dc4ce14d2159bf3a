package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.Args.count;
import static dev.akmatori.domain.tool.Args.flag;
import static dev.akmatori.domain.tool.Args.limit;
import static dev.akmatori.domain.tool.Args.none;
import static dev.akmatori.domain.tool.Args.read;
import static dev.akmatori.domain.tool.Args.text;
import static dev.akmatori.domain.tool.SchemaBuilder.bool;
import static dev.akmatori.domain.tool.SchemaBuilder.integer;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

import java.util.List;

/** §6.5 {@code clickhouse}: read-only queries and system tables; every operation is R. */
final class ClickHouseToolType {
  private ClickHouseToolType() {}

  static ToolTypeDefinition definition() {
    SettingsSchema settings = object()
        .property("ch_host", string().description("ClickHouse server host name or IP address"))
        .property("ch_port", integer().defaultValue(8123).description("HTTP interface port"))
        .property("ch_database", string().description("Default database"))
        .property("ch_username", string().description("User to connect as; prefer a read-only user"))
        .property("ch_password", string().secret().description("Password of ch_username"))
        .property("ch_ssl_enabled", bool().defaultValue(false).description("Connect over HTTPS"))
        .property("ch_timeout", integer().range(5, 300).defaultValue(30)
            .description("Request timeout in seconds"))
        .required("ch_host", "ch_database", "ch_username", "ch_password")
        .build();
    return new ToolTypeDefinition(
        "clickhouse",
        ToolKind.BUILTIN,
        "ClickHouse, read-only: queries, schema, query log, running queries, merges, parts and replication.",
        settings,
        List.of(
            read("execute_query",
                "Run a read-only query (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, EXISTS) with readonly=1"
                    + " and return at most limit rows.",
                none().property("query", text("The query"))
                    .property("limit", integer().range(1, 1000).defaultValue(100)
                        .description("Maximum rows to return"))
                    .property("timeout_seconds", count("Maximum execution time in seconds"))
                    .required("query")),
            read("show_databases", "List databases.", none()),
            read("show_tables", "List the tables of a database.",
                none().property("database", database())),
            read("describe_table", "Show the columns of a table with their types.",
                none().property("table_name", text("Table name")).property("database", database())
                    .required("table_name")),
            read("get_query_log", "Read recent finished queries from system.query_log, e.g. slow or failed ones.",
                none().property("min_duration_ms", count("Only queries that took at least this many ms"))
                    .property("limit", limit())
                    .property("query_kind", text("Query kind, e.g. Select or Insert"))),
            read("get_running_queries", "List queries running now (system.processes).",
                none().property("min_elapsed_seconds", count("Only queries running at least this many seconds"))),
            read("get_merges", "List merges in progress (system.merges).", tableAndDatabase()),
            read("get_replication_status",
                "Show replicated tables (system.replicas): queue sizes, delays, read-only replicas.",
                tableAndDatabase()),
            read("get_parts_info", "Show the data parts of a table (count, rows, bytes), e.g. to spot too many parts.",
                none().property("table_name", text("Table name")).property("database", database())
                    .property("active_only", flag("Only active parts")).required("table_name")),
            read("get_cluster_info", "Show clusters with their shards and replicas (system.clusters).",
                none().property("cluster", text("Only this cluster")))));
  }

  private static SchemaBuilder database() {
    return text("Database name");
  }

  private static SchemaBuilder tableAndDatabase() {
    return none().property("table", text("Only this table")).property("database", database());
  }
}
