package dev.akmatori.adapter.llm.tool.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rows as the SQL operations return them: {@code {"columns": [{"name", "type"}], "rows": [[…]],
 * "row_count": n, "truncated": bool}}. {@code rows} hold JSON-like values in column order (null
 * allowed); {@code truncated} says the source had more rows than the limit let through.
 */
public final class ResultTable {
  /** A result column: its name and the server's type name. */
  public record Column(String name, String type) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  private final List<Column> columns;
  private final List<List<Object>> rows;
  private final boolean truncated;

  public ResultTable(List<Column> columns, List<List<Object>> rows, boolean truncated) {
    this.columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    rows.forEach(row -> copy.add(Collections.unmodifiableList(new ArrayList<>(row))));
    this.rows = Collections.unmodifiableList(copy);
    this.truncated = truncated;
  }

  /** Keeps the first {@code limit} of {@code rows}; truncated when there were more. */
  public static ResultTable limited(List<Column> columns, List<List<Object>> rows, int limit) {
    boolean more = rows.size() > limit;
    return new ResultTable(columns, more ? rows.subList(0, limit) : rows, more);
  }

  public List<Column> columns() {
    return columns;
  }

  public List<List<Object>> rows() {
    return rows;
  }

  public boolean truncated() {
    return truncated;
  }

  /** The values of one column, in row order (for tests and single-column lookups). */
  public List<Object> column(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        int index = i;
        List<Object> values = new ArrayList<>(rows.size());
        rows.forEach(row -> values.add(row.get(index)));
        return values;
      }
    }
    throw new IllegalArgumentException("no column " + name);
  }

  /** The JSON-like result handed to the agent. */
  public Map<String, Object> toResult() {
    List<Map<String, Object>> header = new ArrayList<>(columns.size());
    for (Column column : columns) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", column.name());
      entry.put("type", column.type());
      header.add(entry);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("columns", header);
    result.put("rows", rows);
    result.put("row_count", rows.size());
    result.put("truncated", truncated);
    return result;
  }
}
