package dev.akmatori.domain.tool;

import static dev.akmatori.domain.tool.Args.count;
import static dev.akmatori.domain.tool.Args.flag;
import static dev.akmatori.domain.tool.Args.none;
import static dev.akmatori.domain.tool.Args.read;
import static dev.akmatori.domain.tool.Args.text;
import static dev.akmatori.domain.tool.SchemaBuilder.integer;
import static dev.akmatori.domain.tool.SchemaBuilder.object;
import static dev.akmatori.domain.tool.SchemaBuilder.string;

import java.util.List;

/** §6.4 {@code postgresql}: read-only SQL and server statistics; every operation is R. */
final class PostgresqlToolType {
  private PostgresqlToolType() {}

  static ToolTypeDefinition definition() {
    SettingsSchema settings = object()
        .property("pg_host", string().description("Database server host name or IP address"))
        .property("pg_port", integer().defaultValue(5432).description("Database server port"))
        .property("pg_database", string().description("Database to connect to"))
        .property("pg_username", string().description("User to connect as; prefer one with read-only rights"))
        .property("pg_password", string().secret().description("Password of pg_username"))
        .property("pg_ssl_mode", string().enumOf("disable", "require", "verify-ca", "verify-full")
            .defaultValue("require").description("TLS mode of the connection"))
        .property("pg_timeout", integer().range(5, 300).defaultValue(30)
            .description("Connection and statement timeout in seconds"))
        .required("pg_host", "pg_database", "pg_username", "pg_password")
        .build();
    return new ToolTypeDefinition(
        "postgresql",
        ToolKind.BUILTIN,
        "PostgreSQL, read-only: SELECT queries, schema inspection, activity, locks, replication and statistics.",
        settings,
        List.of(
            read("execute_query",
                "Run one SELECT or WITH statement in a READ ONLY transaction and return at most limit"
                    + " rows; statements that could change data are refused before reaching the server.",
                none().property("query", text("A single SELECT or WITH statement"))
                    .property("limit", integer().range(1, 1000).defaultValue(100)
                        .description("Maximum rows to return"))
                    .required("query")),
            read("list_tables", "List the tables of a schema.",
                none().property("schema", text("Schema name").defaultValue("public"))),
            read("describe_table", "Show the columns of a table with their types, nullability and defaults.",
                table(true)),
            read("get_indexes", "List the indexes of a table with their definitions.", table(true)),
            read("get_table_stats",
                "Show usage statistics (rows, size, scans, dead tuples, vacuum and analyze times) of a"
                    + " table, or of every table when table_name is omitted.",
                table(false)),
            read("explain_query", "Show the plan of a read-only query with plain EXPLAIN (never ANALYZE).",
                none().property("query", text("A single SELECT or WITH statement")).required("query")),
            read("get_active_queries", "List sessions from pg_stat_activity with their queries and durations.",
                none().property("include_idle", flag("Also list idle sessions"))
                    .property("min_duration_seconds", count("Only queries running at least this many seconds"))),
            read("get_locks", "List held and awaited locks, to find blocking sessions.",
                none().property("blocked_only", flag("Only locks involved in blocking"))),
            read("get_replication_status",
                "Show replication: replicas and their lag on a primary, recovery state on a standby.", none()),
            read("get_database_stats",
                "Show database-wide statistics: size, connections, commits, rollbacks, cache hits, deadlocks.",
                none())));
  }

  private static SchemaBuilder table(boolean required) {
    SchemaBuilder args = none().property("table_name", text("Table name"))
        .property("schema", text("Schema of the table, e.g. public"));
    return required ? args.required("table_name") : args;
  }
}
