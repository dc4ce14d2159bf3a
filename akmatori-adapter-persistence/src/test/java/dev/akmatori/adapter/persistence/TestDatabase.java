package dev.akmatori.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A migrated throwaway database for one test; closing it closes the pool and erases the data. */
final class TestDatabase implements AutoCloseable {
  private final PersistenceAdapter adapter;
  private final String url;
  private final String cleanupUrl;
  private final String cleanupSql;

  TestDatabase(PersistenceAdapter adapter, String url, String cleanupUrl, String cleanupSql) {
    this.adapter = adapter;
    this.url = url;
    this.cleanupUrl = cleanupUrl;
    this.cleanupSql = cleanupSql;
  }

  PersistenceAdapter adapter() {
    return adapter;
  }

  /** A second adapter on the same database, as another replica would open it. */
  PersistenceAdapter openReplica() {
    return PersistenceAdapter.open(new DatabaseSettings(url, TestDatabases.userFor(url), "", 2));
  }

  /** As {@link #openReplica()}, its PostgreSQL connections named {@code applicationName} (for {@code pg_stat_activity}). */
  PersistenceAdapter openReplica(String applicationName) {
    String named = url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + applicationName;
    return PersistenceAdapter.open(new DatabaseSettings(named, TestDatabases.userFor(url), "", 2));
  }

  /** The JDBC URL of this database, e.g. for a plain connection that watches it. */
  String url() {
    return url;
  }

  @Override
  public void close() {
    adapter.close();
    execute(cleanupUrl, cleanupSql);
  }

  static void execute(String jdbcUrl, String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, TestDatabases.userFor(jdbcUrl), "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Test database statement failed: " + sql, e);
    }
  }
}
