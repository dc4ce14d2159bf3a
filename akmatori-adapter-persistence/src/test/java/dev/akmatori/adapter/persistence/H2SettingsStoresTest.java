package dev.akmatori.adapter.persistence;

import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.application.settings.SettingsStoresContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The settings stores contract on an in-memory H2, with the real cipher. */
class H2SettingsStoresTest extends SettingsStoresContract {
  @RegisterExtension final DatabasesPerTest databases = new DatabasesPerTest(TestDatabases::h2);

  @Override
  protected SettingsStores newStores() {
    return databases.open().adapter().settingsStores(new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1)));
  }
}
