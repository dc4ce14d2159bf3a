package dev.akmatori.adapter.persistence;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.settings.SettingsStores;
import org.jdbi.v3.core.Jdbi;

/** The five settings stores over the V5 tables, sealing secrets with one cipher. */
final class JdbiSettingsStores {
  private JdbiSettingsStores() {}

  static SettingsStores create(Jdbi jdbi, SecretCipher cipher) {
    SecretColumns secrets = new SecretColumns(cipher);
    return new SettingsStores(
        new JdbiSettingsStore<>(jdbi, SettingsTables.general()),
        new JdbiSettingsStore<>(jdbi, SettingsTables.slack(secrets)),
        new JdbiLlmSettingsStore(jdbi, secrets),
        new JdbiSettingsStore<>(jdbi, SettingsTables.proxy(secrets)),
        new JdbiSettingsStore<>(jdbi, SettingsTables.retention()));
  }
}
