package dev.akmatori.adapter.persistence;

import dev.akmatori.adapter.persistence.MigrationScripts.Script;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the Flyway migrations of {@code classpath:db/migration}: one set for H2 and PostgreSQL. */
final class Migrations {
  static final String LOCATION = "classpath:db/migration";
  private static final String FOLDER = "db/migration";
  private static final String HISTORY =
      "SELECT version, description, type, script, checksum, success FROM flyway_schema_history ORDER BY installed_rank";
  private static final Set<String> MARKERS = Set.of("TABLE", "SCHEMA");
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  static void apply(DataSource dataSource, String description) {
    MigrateResult result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            .failOnMissingLocations(true)
            .load()
            .migrate();
    logVersion(
        description,
        result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
        result.migrationsExecuted);
  }

  /**
   * True, and logged as {@link #apply} logs it, when the schema history holds exactly the
   * migrations on the class path, each applied successfully with the same checksum: then Flyway
   * would validate and apply nothing, and starting it costs a few hundred milliseconds of every
   * restart (ADR 0027). False whenever anything differs or cannot be read (no history yet, a
   * pending, failed, changed, missing or future migration, another kind of row or resource): then
   * {@link #apply} runs Flyway, which migrates or reports as always.
   */
  static boolean upToDate(DataSource dataSource, String description) {
    Optional<List<Script>> local;
    try {
      local = MigrationScripts.find(Migrations.class.getClassLoader(), FOLDER);
    } catch (RuntimeException unreadable) { // an unusual class path: Flyway knows how to read it
      LOG.debug("Could not list the migrations on the class path: {}", unreadable.toString());
      return false;
    }
    if (local.isEmpty() || local.get().isEmpty() || !local.get().equals(applied(dataSource))) {
      return false;
    }
    logVersion(description, local.get().get(local.get().size() - 1).version(), 0);
    return true;
  }

  /** The successful SQL migrations of the history in order; null for any other row or no history. */
  private static List<Script> applied(DataSource dataSource) {
    List<Script> applied = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(HISTORY)) {
      while (rows.next()) {
        String type = rows.getString("type");
        if (rows.getString("version") == null && MARKERS.contains(type)) {
          continue; // Flyway's note that it created the history table or the schema, not a migration
        }
        int checksum = rows.getInt("checksum");
        if (rows.wasNull() || !"SQL".equals(type) || !rows.getBoolean("success")
            || !MigrationScripts.isPlainVersion(rows.getString("version"))) {
          return null;
        }
        applied.add(new Script(rows.getString("version"), rows.getString("description"), rows.getString("script"), checksum));
      }
      applied.sort(MigrationScripts.BY_VERSION);
      return applied;
    } catch (SQLException noHistoryYet) {
      return null;
    }
  }

  private static void logVersion(String description, Object version, int executed) {
    LOG.info("Database {} at schema version {} ({} migration(s) applied)", description, version, executed);
  }
}
