package dev.akmatori.adapter.persistence;

import dev.akmatori.application.settings.SettingsRepository;
import dev.akmatori.application.settings.SettingsRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The settings repository contract on a fresh PostgreSQL schema. */
class PostgresSettingsRepositoryTest extends SettingsRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected SettingsRepository newRepository() {
    return databases.open().adapter().settings();
  }
}
