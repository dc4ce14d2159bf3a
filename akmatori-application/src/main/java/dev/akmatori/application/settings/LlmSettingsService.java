package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.LlmConfiguration;
import dev.akmatori.domain.settings.LlmProviderChanges;
import java.time.Clock;

/** Reads and updates the LLM configuration through its store, with no caching. */
public final class LlmSettingsService implements ManageLlmSettings {
  private final LlmSettingsStore store;
  private final Clock clock;

  public LlmSettingsService(LlmSettingsStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public LlmConfiguration get() {
    return store.load(clock.instant());
  }

  @Override
  public LlmConfiguration update(LlmProviderChanges changes) {
    return store.update(changes.provider(), current -> current.apply(changes), clock.instant());
  }
}
