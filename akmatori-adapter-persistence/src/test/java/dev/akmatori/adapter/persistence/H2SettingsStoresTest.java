package dev.akmatori.adapter.persistence;

import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.application.settings.SettingsStoresContract;
import org.junit.jupiter.api.AfterEach;

/** The settings stores contract on an in-memory H2, with the real cipher. */
class H2SettingsStoresTest extends SettingsStoresContract {
  private TestDatabase database;

  @Override
  protected SettingsStores newStores() {
    database = TestDatabases.h2();
    return database.adapter().settingsStores(new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1)));
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
