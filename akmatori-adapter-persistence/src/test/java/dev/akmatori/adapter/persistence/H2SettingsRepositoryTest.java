package dev.akmatori.adapter.persistence;

import dev.akmatori.application.settings.SettingsRepository;
import dev.akmatori.application.settings.SettingsRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The settings repository contract on an in-memory H2. */
class H2SettingsRepositoryTest extends SettingsRepositoryContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected SettingsRepository newRepository() {
    return databases.open().adapter().settings();
  }
}
