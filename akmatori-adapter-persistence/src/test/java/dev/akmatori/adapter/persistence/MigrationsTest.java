package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The shortcut that skips Flyway on a restart (ADR 0027) agrees with the schema history Flyway
 * writes, and steps aside (Flyway runs and validates as before) whenever anything differs.
 */
class MigrationsTest {
  private static HikariDataSource pool(TestDatabase db) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(JdbcUrls.effective(db.url()));
    if (!TestDatabases.userFor(db.url()).isEmpty()) {
      config.setUsername(TestDatabases.userFor(db.url()));
    }
    config.setMaximumPoolSize(1);
    return new HikariDataSource(config);
  }

  private static boolean upToDate(TestDatabase db) {
    try (HikariDataSource pool = pool(db)) {
      return Migrations.upToDate(pool, "test");
    }
  }

  private static void history(TestDatabase db, String sql) {
    db.adapter().jdbi().useHandle(h -> h.execute(sql));
  }

  private static void checkFreshDatabase(Supplier<TestDatabase> databases) {
    try (TestDatabase db = databases.get()) {
      assertThat(upToDate(db)).as("what Flyway recorded matches the scripts on the class path").isTrue();
      db.openReplica().close(); // and a restart takes the shortcut without harm
    }
  }

  @Test
  void afterFlywayMigrated_theHistoryMatchesTheScriptsOnTheClassPath_h2() {
    checkFreshDatabase(TestDatabases::h2);
  }

  @Test
  void afterFlywayMigrated_theHistoryMatchesTheScriptsOnTheClassPath_postgres() {
    checkFreshDatabase(TestDatabases::postgres);
  }

  @Test
  void aDatabaseWithoutHistory_isNotUpToDate() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(JdbcUrls.effective(url));
    config.setUsername("sa");
    try (HikariDataSource empty = new HikariDataSource(config)) {
      assertThat(Migrations.upToDate(empty, "test")).isFalse();
    }
  }

  @Test
  void aChangedScript_isLeftToFlyway_whichStillRefusesToStart() {
    try (TestDatabase db = TestDatabases.h2()) {
      history(db, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '3'");

      assertThat(upToDate(db)).isFalse();
      assertThatThrownBy(db::openReplica)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Cannot migrate the database");
    }
  }

  @Test
  void aPendingMigration_isLeftToFlyway_whichAppliesIt() {
    try (TestDatabase db = TestDatabases.h2()) {
      String last = db.adapter().jdbi().withHandle(h -> h.createQuery(
          "SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1").mapTo(String.class).one());
      // Only the decision: the newest migration's tables are still there, so Flyway would fail on them.
      history(db, "DELETE FROM flyway_schema_history WHERE version = '" + last + "'");

      assertThat(upToDate(db)).isFalse();
    }
  }

  @Test
  void aFailedOrFutureMigration_isLeftToFlyway() {
    try (TestDatabase db = TestDatabases.h2()) {
      history(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
          + " installed_by, execution_time, success) VALUES (999, '999', 'from a newer build', 'SQL',"
          + " 'V999__from_a_newer_build.sql', 1, 'sa', 1, TRUE)");
      assertThat(upToDate(db)).as("a future migration").isFalse();

      history(db, "UPDATE flyway_schema_history SET success = FALSE WHERE version = '999'");
      assertThat(upToDate(db)).as("a failed migration").isFalse();
    }
  }

  @Test
  void theChecksum_isFlywaysCrcOverLinesWithoutLineBreaksOrByteOrderMark() throws IOException {
    int unix = checksum("CREATE TABLE t (id INT);\nINSERT INTO t VALUES (1);\n");
    int windows = checksum("\uFEFFCREATE TABLE t (id INT);\r\nINSERT INTO t VALUES (1);\r\n");
    int changed = checksum("CREATE TABLE t (id BIGINT);\nINSERT INTO t VALUES (1);\n");

    assertThat(windows).isEqualTo(unix);
    assertThat(changed).isNotEqualTo(unix);
  }

  private static int checksum(String script) throws IOException {
    return MigrationScripts.checksum(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
  }
}
