package dev.akmatori.adapter.llm.tool.clickhouse;

import dev.akmatori.adapter.llm.tool.sql.ResultTable;
import dev.akmatori.adapter.llm.tool.sql.SqlArguments;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.sql.GuardVerdict;
import dev.akmatori.domain.tool.sql.ReadOnlyGuard;

/**
 * The ten §6.5 operations, each one request. Arguments and agent SQL are checked before anything
 * is sent; {@code database} defaults to {@code ch_database} where a table is named, and means "all"
 * for merges and replicas. Results are {@link ResultTable}s, listings cut at 1,000 rows.
 */
final class ChOperations {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;
  static final int DEFAULT_LOG_LIMIT = 50;
  static final int MAX_TIMEOUT_SECONDS = 300;

  private final ClickHouseHttp http;
  private final ReadOnlyGuard guard = ReadOnlyGuard.clickhouse();

  ChOperations(ClickHouseHttp http) {
    this.http = http;
  }

  Object run(String operation, SqlArguments args, ChSettings settings, Cancellation cancellation) {
    ChQuery query = prepare(operation, args, settings);
    ResultTable table = http.execute(settings, query, cancellation);
    if (operation.equals("describe_table") && table.rows().isEmpty()) {
      throw new ToolCallException("table '" + query.parameters().get("database") + "."
          + query.parameters().get("table") + "' not found");
    }
    return table.toResult();
  }

  private ChQuery prepare(String operation, SqlArguments args, ChSettings settings) {
    int timeout = settings.timeoutSeconds();
    String database = args.text("database").orElse(settings.database());
    switch (operation) {
      case "execute_query": {
        String sql = guarded(args.requiredText("query"));
        int limit = args.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        return ChQuery.of(sql, limit, args.integer("timeout_seconds", timeout, 1, MAX_TIMEOUT_SECONDS));
      }
      case "show_databases":
        return ChQuery.of(ChCatalog.DATABASES, MAX_LIMIT, timeout);
      case "show_tables":
        return ChQuery.of(ChCatalog.TABLES, MAX_LIMIT, timeout).with("database", database);
      case "describe_table":
        return ChQuery.of(ChCatalog.COLUMNS, MAX_LIMIT, timeout)
            .with("database", database).with("table", args.requiredText("table_name"));
      case "get_query_log": {
        int limit = args.integer("limit", DEFAULT_LOG_LIMIT, 1, MAX_LIMIT);
        return ChQuery.of(ChCatalog.QUERY_LOG, limit, timeout)
            .with("min_duration_ms", Long.toString(args.count("min_duration_ms").orElse(0)))
            .with("query_kind", args.text("query_kind").orElse(""))
            .with("limit", Integer.toString(limit));
      }
      case "get_running_queries":
        return ChQuery.of(ChCatalog.PROCESSES, MAX_LIMIT, timeout)
            .with("min_elapsed_seconds", Long.toString(args.count("min_elapsed_seconds").orElse(0)));
      case "get_merges":
        return anyTable(ChCatalog.MERGES, args, timeout);
      case "get_replication_status":
        return anyTable(ChCatalog.REPLICAS, args, timeout);
      case "get_parts_info":
        return ChQuery.of(ChCatalog.PARTS, MAX_LIMIT, timeout)
            .with("database", database).with("table", args.requiredText("table_name"))
            .with("active_only", args.flag("active_only") ? "1" : "0");
      case "get_cluster_info":
        return ChQuery.of(ChCatalog.CLUSTERS, MAX_LIMIT, timeout)
            .with("cluster", args.text("cluster").orElse(""));
      default:
        throw new ToolCallException("operation 'clickhouse." + operation + "' is not supported");
    }
  }

  private static ChQuery anyTable(String sql, SqlArguments args, int timeout) {
    return ChQuery.of(sql, MAX_LIMIT, timeout)
        .with("database", args.text("database").orElse(""))
        .with("table", args.text("table").orElse(""));
  }

  private String guarded(String sql) {
    GuardVerdict verdict = guard.check(sql);
    if (!verdict.isAccepted()) {
      throw new ToolCallException(verdict.message());
    }
    return verdict.statement();
  }
}
