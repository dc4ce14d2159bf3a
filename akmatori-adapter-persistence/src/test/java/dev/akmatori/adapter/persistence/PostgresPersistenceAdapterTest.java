package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PostgresPersistenceAdapterTest {
  @Test
  void postgres_isDetected_migrated_healthy_andDescribedWithoutPasswords() {
    try (TestDatabase db = TestDatabases.postgres()) {
      PersistenceAdapter adapter = db.adapter();

      assertThat(adapter.isPostgres()).isTrue();
      assertThat(adapter.describe()).startsWith("jdbc:postgresql://").contains("currentSchema=t_").doesNotContain("password");
      assertThat(adapter.health().isUp(Duration.ofSeconds(30))).as("up (30 s is slack for a loaded machine)").isTrue();
      assertThat(PersistenceAdapterTest.migrationVersions(adapter)).isEqualTo(PersistenceAdapterTest.availableMigrations());
    }
  }

  @Test
  void aSecondReplicaOpeningTheSameSchema_findsItMigrated_andSeesTheSameData() {
    try (TestDatabase db = TestDatabases.postgres();
        PersistenceAdapter replica = db.openReplica()) {
      db.adapter().settings().save("shared", "v");

      assertThat(replica.settings().find("shared")).contains("v");
      assertThat(PersistenceAdapterTest.migrationVersions(replica)).isEqualTo(PersistenceAdapterTest.availableMigrations());
    }
  }
}
