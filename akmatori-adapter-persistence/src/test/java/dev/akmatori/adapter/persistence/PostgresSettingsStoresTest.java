package dev.akmatori.adapter.persistence;

import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.application.settings.SettingsStoresContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The settings stores contract on a fresh PostgreSQL schema, with the real cipher. */
class PostgresSettingsStoresTest extends SettingsStoresContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::postgres);

  @Override
  protected SettingsStores newStores() {
    return databases.open().adapter().settingsStores(new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1)));
  }
}
