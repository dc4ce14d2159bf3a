package dev.akmatori.adapter.llm.tool.postgresql;

import dev.akmatori.adapter.llm.tool.sql.ResultTable;
import dev.akmatori.adapter.llm.tool.sql.ResultTable.Column;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a JDBC result into a {@link ResultTable} of at most {@code limit} rows. */
final class PgTables {
  private PgTables() {}

  /** Reads up to {@code limit + 1} rows, so that one more than the limit marks it truncated. */
  static ResultTable read(ResultSet rows, int limit) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<Column> columns = new ArrayList<>(meta.getColumnCount());
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(new Column(meta.getColumnLabel(i), String.valueOf(meta.getColumnTypeName(i))));
    }
    List<List<Object>> values = new ArrayList<>();
    while (values.size() <= limit && rows.next()) {
      List<Object> row = new ArrayList<>(columns.size());
      for (int i = 1; i <= columns.size(); i++) {
        row.add(PgValues.read(rows, i, columns.get(i - 1).type()));
      }
      values.add(row);
    }
    return ResultTable.limited(columns, values, limit);
  }
}
