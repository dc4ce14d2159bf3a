package dev.akmatori.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * How one singleton settings value maps to its table: the value columns (bound as named parameters
 * of the same names by {@code binder}, which seals secrets), the defaults, and the row reader.
 */
record SettingsTable<T>(
    String table, List<String> columns, T defaults, BiConsumer<SqlStatement<?>, T> binder, Reader<T> reader) {

  /** Reads the value columns of the current row. */
  interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  SettingsTable {
    columns = List.copyOf(columns);
  }
}
