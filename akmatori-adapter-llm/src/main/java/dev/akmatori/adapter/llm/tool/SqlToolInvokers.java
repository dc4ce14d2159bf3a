package dev.akmatori.adapter.llm.tool;

import dev.akmatori.adapter.llm.tool.clickhouse.ClickHouseToolInvoker;
import dev.akmatori.adapter.llm.tool.postgresql.PostgresqlToolInvoker;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import java.util.Map;

/**
 * The invokers of the SQL integrations by built-in type name, for the launcher to merge into
 * {@code ToolInvokers.builtins}: {@code postgresql} (§6.4) and {@code clickhouse} (§6.5).
 */
public final class SqlToolInvokers {
  private SqlToolInvokers() {}

  /** New invokers; call once per process (the ClickHouse one holds a connection pool). */
  public static Map<String, ToolInvoker> create() {
    return Map.of(
        "postgresql", new PostgresqlToolInvoker(),
        "clickhouse", new ClickHouseToolInvoker());
  }
}
