package dev.akmatori.application.settings;

/** The fakes honour the same contract as the databases. */
class InMemorySettingsStoresTest extends SettingsStoresContract {
  @Override
  protected SettingsStores newStores() {
    return InMemorySettingsStores.create();
  }
}
