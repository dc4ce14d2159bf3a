package dev.akmatori.app;

import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.alertsource.AlertSourceService;
import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.settings.PublicBaseUrl;
import dev.akmatori.application.settings.RuntimeSettings;
import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.application.settings.StoredRuntimeSettings;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stored settings (contract §3.10) as the running server reads them, the public base URL, and
 * the alert sources whose webhook URLs are built on it (§3.5). The fallback base URL needs the port
 * the server is bound to, known only once it listens: {@link #serverListensOn(int)}.
 */
final class SettingsWiring {
  final SettingsStores stores;
  final RuntimeSettings runtime;
  final AlertSourceService alertSources;
  private final AtomicInteger boundPort;

  private SettingsWiring(
      SettingsStores stores, RuntimeSettings runtime, AlertSourceService alertSources, AtomicInteger boundPort) {
    this.stores = stores;
    this.runtime = runtime;
    this.alertSources = alertSources;
    this.boundPort = boundPort;
  }

  /** Seeds the alert source types and the default settings rows. */
  static SettingsWiring create(AppConfig config, PersistenceAdapter persistence, SecretCipher cipher, Clock clock) {
    AtomicInteger boundPort = new AtomicInteger(config.port());
    SettingsStores stores = persistence.settingsStores(cipher);
    PublicBaseUrl baseUrl =
        new PublicBaseUrl(
            stores.general(),
            () -> config.baseUrl().isEmpty() ? "http://localhost:" + boundPort.get() : config.baseUrl(),
            clock);
    AlertSourceService alertSources =
        new AlertSourceService(
            persistence.alertSourceTypes(), persistence.alertSources(cipher), baseUrl, UUID::randomUUID, clock);
    alertSources.seedTypes();
    stores.createDefaults(clock.instant());
    return new SettingsWiring(stores, new StoredRuntimeSettings(stores, baseUrl, clock), alertSources, boundPort);
  }

  void serverListensOn(int port) {
    boundPort.set(port);
  }
}
