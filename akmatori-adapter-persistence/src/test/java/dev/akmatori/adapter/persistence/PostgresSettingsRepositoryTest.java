package dev.akmatori.adapter.persistence;

import dev.akmatori.application.settings.SettingsRepository;
import dev.akmatori.application.settings.SettingsRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The settings repository contract on a fresh PostgreSQL schema. */
class PostgresSettingsRepositoryTest extends SettingsRepositoryContract {
  private TestDatabase database;

  @Override
  protected SettingsRepository newRepository() {
    database = TestDatabases.postgres();
    return database.adapter().settings();
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
