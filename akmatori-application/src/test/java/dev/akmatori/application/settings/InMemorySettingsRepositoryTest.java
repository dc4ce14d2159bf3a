package dev.akmatori.application.settings;

class InMemorySettingsRepositoryTest extends SettingsRepositoryContract {
  @Override
  protected SettingsRepository newRepository() {
    return new InMemorySettingsRepository();
  }
}
