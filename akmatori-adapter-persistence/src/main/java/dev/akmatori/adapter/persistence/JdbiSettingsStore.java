package dev.akmatori.adapter.persistence;

import dev.akmatori.application.settings.SettingsStore;
import dev.akmatori.domain.settings.StoredSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * A singleton settings resource in its own table, as the row with id 1. The first load inserts the
 * defaults (a racing process's unique violation is answered from the winner's row); updates lock
 * the row ({@code SELECT … FOR UPDATE}) so concurrent ones, from any process, apply in turn.
 */
final class JdbiSettingsStore<T> implements SettingsStore<T> {
  private static final long ID = 1;

  private final Jdbi jdbi;
  private final SettingsTable<T> table;
  private final String select;
  private final String insert;
  private final String update;

  JdbiSettingsStore(Jdbi jdbi, SettingsTable<T> table) {
    this.jdbi = jdbi;
    this.table = table;
    String columns = String.join(", ", table.columns());
    this.select = "SELECT id, " + columns + ", created_at, updated_at FROM " + table.table() + " WHERE id = " + ID;
    this.insert =
        "INSERT INTO " + table.table() + " (id, " + columns + ", created_at, updated_at) VALUES (" + ID + ", "
            + table.columns().stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", :now, :now)";
    this.update =
        "UPDATE " + table.table() + " SET "
            + table.columns().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "))
            + ", updated_at = :now WHERE id = " + ID;
  }

  @Override
  public StoredSettings<T> load(Instant now) {
    return read().orElseGet(() -> createDefaults(now));
  }

  @Override
  public StoredSettings<T> update(UnaryOperator<T> change, Instant now) {
    load(now);
    return jdbi.inTransaction(
        h -> {
          StoredSettings<T> current = h.createQuery(select + " FOR UPDATE").map((rs, ctx) -> map(rs)).one();
          T changed = change.apply(current.value());
          Update statement = h.createUpdate(update).bind("now", Timestamps.bind(now));
          table.binder().accept(statement, changed);
          statement.execute();
          return new StoredSettings<>(current.id(), changed, current.createdAt(), Timestamps.stored(now));
        });
  }

  private Optional<StoredSettings<T>> read() {
    return jdbi.withHandle(h -> h.createQuery(select).map((rs, ctx) -> map(rs)).findOne());
  }

  private StoredSettings<T> createDefaults(Instant now) {
    try {
      jdbi.useHandle(h -> insertDefaults(h, now));
    } catch (RuntimeException e) {
      if (!Conflicts.isUniqueViolation(e)) {
        throw e;
      }
    }
    return read().orElseThrow(() -> new IllegalStateException(table.table() + " row vanished while created"));
  }

  private void insertDefaults(Handle h, Instant now) {
    Update statement = h.createUpdate(insert).bind("now", Timestamps.bind(now));
    table.binder().accept(statement, table.defaults());
    statement.execute();
  }

  private StoredSettings<T> map(ResultSet rs) throws SQLException {
    return new StoredSettings<>(
        rs.getLong("id"), table.reader().read(rs), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "updated_at"));
  }
}
