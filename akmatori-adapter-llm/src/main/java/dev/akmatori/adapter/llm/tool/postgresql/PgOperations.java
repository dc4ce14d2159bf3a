package dev.akmatori.adapter.llm.tool.postgresql;

import dev.akmatori.adapter.llm.tool.sql.ResultTable;
import dev.akmatori.adapter.llm.tool.sql.SqlArguments;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.sql.GuardVerdict;
import dev.akmatori.domain.tool.sql.ReadOnlyGuard;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The ten §6.4 operations. Arguments and agent SQL are checked before a connection is opened; each
 * call then runs in its own {@link ReadOnlyTransaction}. Results are {@link ResultTable}s (the
 * replication status nests three of them); catalogue listings stop at 1,000 rows.
 */
final class PgOperations {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private final PgConnector connector;
  private final ReadOnlyGuard guard = ReadOnlyGuard.postgresql();

  PgOperations(PgConnector connector) {
    this.connector = connector;
  }

  Object run(String operation, SqlArguments args, PgSettings settings, Cancellation cancellation) {
    Function<ReadOnlyTransaction, Object> work = prepare(operation, args);
    try (ReadOnlyTransaction transaction = ReadOnlyTransaction.begin(connector, settings, cancellation)) {
      return work.apply(transaction);
    }
  }

  /** Checks the arguments (and the guard) and returns the work to do in the transaction. */
  private Function<ReadOnlyTransaction, Object> prepare(String operation, SqlArguments args) {
    switch (operation) {
      case "execute_query": {
        String sql = guarded(args.requiredText("query"));
        int limit = args.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        return tx -> tx.query(sql, limit).toResult();
      }
      case "explain_query": {
        String sql = "EXPLAIN " + guarded(args.requiredText("query"));
        return tx -> tx.query(sql, MAX_LIMIT).toResult();
      }
      case "list_tables": {
        String schema = args.text("schema").orElse("public");
        return tx -> tx.query(PgCatalog.LIST_TABLES, List.of(schema), MAX_LIMIT).toResult();
      }
      case "describe_table":
        return tableQuery(PgCatalog.DESCRIBE_TABLE, TableRef.required(args));
      case "get_indexes":
        return tableQuery(PgCatalog.INDEXES, TableRef.required(args));
      case "get_table_stats":
        return tableStats(args);
      case "get_active_queries": {
        boolean idle = args.flag("include_idle");
        OptionalLong min = args.count("min_duration_seconds");
        Double seconds = min.isPresent() ? (double) min.getAsLong() : null;
        return tx -> tx.query(PgCatalog.ACTIVE_QUERIES, Arrays.asList(idle, seconds, seconds), MAX_LIMIT).toResult();
      }
      case "get_locks": {
        boolean blockedOnly = args.flag("blocked_only");
        return tx -> tx.query(PgCatalog.LOCKS, List.of(blockedOnly), MAX_LIMIT).toResult();
      }
      case "get_replication_status":
        return PgOperations::replication;
      case "get_database_stats":
        return tx -> tx.query(PgCatalog.DATABASE_STATS, List.of(), MAX_LIMIT).toResult();
      default:
        throw new ToolCallException("operation 'postgresql." + operation + "' is not supported");
    }
  }

  private String guarded(String sql) {
    GuardVerdict verdict = guard.check(sql);
    if (!verdict.isAccepted()) {
      throw new ToolCallException(verdict.message());
    }
    return verdict.statement();
  }

  private static Function<ReadOnlyTransaction, Object> tableQuery(String sql, TableRef ref) {
    return tx -> {
      TableRef table = resolve(tx, ref);
      return tx.query(sql, List.of(table.schema(), table.name()), MAX_LIMIT).toResult();
    };
  }

  private static Function<ReadOnlyTransaction, Object> tableStats(SqlArguments args) {
    TableRef ref = TableRef.optional(args);
    return tx -> {
      String schema = ref.schema();
      String name = ref.name() == null ? null : resolve(tx, ref).name();
      return tx.query(PgCatalog.TABLE_STATS, Arrays.asList(schema, schema, name, name), MAX_LIMIT).toResult();
    };
  }

  /** The table as stored: the exact name, or else its lower-case form (how unquoted names are kept). */
  private static TableRef resolve(ReadOnlyTransaction tx, TableRef ref) {
    for (String candidate : List.of(ref.name(), ref.name().toLowerCase(Locale.ROOT))) {
      if (!tx.query(PgCatalog.TABLE_EXISTS, List.of(ref.schema(), candidate), 1).rows().isEmpty()) {
        return new TableRef(ref.schema(), candidate);
      }
    }
    throw new ToolCallException("table '" + ref.schema() + "." + ref.name() + "' not found");
  }

  private static Object replication(ReadOnlyTransaction tx) {
    Map<String, Object> result = new LinkedHashMap<>();
    ResultTable recovery = tx.query(PgCatalog.RECOVERY, List.of(), 1);
    for (int i = 0; i < recovery.columns().size(); i++) {
      result.put(recovery.columns().get(i).name(), recovery.rows().get(0).get(i));
    }
    result.put("replicas", tx.query(PgCatalog.REPLICAS, List.of(), MAX_LIMIT).toResult());
    result.put("wal_receiver", tx.query(PgCatalog.WAL_RECEIVER, List.of(), MAX_LIMIT).toResult());
    result.put("replication_slots", tx.query(PgCatalog.SLOTS, List.of(), MAX_LIMIT).toResult());
    return result;
  }
}
