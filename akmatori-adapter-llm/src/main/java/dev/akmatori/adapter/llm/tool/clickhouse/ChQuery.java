package dev.akmatori.adapter.llm.tool.clickhouse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request: the SQL, its query parameters (sent as {@code param_<name>} and used in the SQL as
 * {@code {name:Type}}, so values are never spliced into the text), the row limit, the time limit.
 */
record ChQuery(String sql, Map<String, String> parameters, int limit, int timeoutSeconds) {
  ChQuery {
    Objects.requireNonNull(sql, "sql");
    parameters = Map.copyOf(parameters);
    if (limit < 1 || timeoutSeconds < 1) {
      throw new IllegalArgumentException("limit and timeout must be positive");
    }
  }

  static ChQuery of(String sql, int limit, int timeoutSeconds) {
    return new ChQuery(sql, Map.of(), limit, timeoutSeconds);
  }

  /** A copy with one more parameter. */
  ChQuery with(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(parameters);
    more.put(name, value);
    return new ChQuery(sql, more, limit, timeoutSeconds);
  }
}
