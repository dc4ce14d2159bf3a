package dev.akmatori.adapter.llm.tool.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls the real invoker the way the gateway does, counting the connections it opens. */
final class PgCalls {
  static final ToolTypeDefinition TYPE = BuiltinToolTypes.byName("postgresql").orElseThrow();

  final AtomicInteger connections = new AtomicInteger();
  final PgConnector connector = settings -> {
    connections.incrementAndGet();
    return new DriverConnector().open(settings);
  };
  private final PostgresqlToolInvoker invoker = new PostgresqlToolInvoker(connector);
  private final AllowedInstance instance;

  PgCalls(AllowedInstance instance) {
    this.instance = instance;
  }

  Object call(String operation, Map<String, Object> arguments) {
    return call(operation, arguments, Cancellation.NONE);
  }

  Object call(String operation, Map<String, Object> arguments, Cancellation cancellation) {
    return invoker.invoke(TYPE, TYPE.operation(operation).orElseThrow(), instance, arguments,
        Duration.ofMinutes(5), cancellation);
  }

  /** The result as the tabular shape, checked for its keys. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> table(Object result) {
    assertThat(result).isInstanceOf(Map.class);
    Map<String, Object> table = (Map<String, Object>) result;
    assertThat(table).containsOnlyKeys("columns", "rows", "row_count", "truncated");
    assertThat(table.get("row_count")).isEqualTo(rows(table).size());
    return table;
  }

  @SuppressWarnings("unchecked")
  static List<List<Object>> rows(Map<String, Object> table) {
    return (List<List<Object>>) table.get("rows");
  }

  @SuppressWarnings("unchecked")
  static List<String> columnNames(Map<String, Object> table) {
    return ((List<Map<String, Object>>) table.get("columns")).stream().map(c -> (String) c.get("name")).toList();
  }

  /** The values of one column. */
  static List<Object> column(Map<String, Object> table, String name) {
    int index = columnNames(table).indexOf(name);
    assertThat(index).as("column " + name).isNotNegative();
    return rows(table).stream().map(row -> row.get(index)).toList();
  }

  /** The row whose {@code key} column equals {@code value}, as a name → value map. */
  static Map<String, Object> rowWhere(Map<String, Object> table, String key, Object value) {
    List<String> names = columnNames(table);
    int index = names.indexOf(key);
    List<Object> row = rows(table).stream().filter(r -> value.equals(r.get(index))).findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + key + " = " + value + " in " + table));
    Map<String, Object> named = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      named.put(names.get(i), row.get(i));
    }
    return named;
  }
}
