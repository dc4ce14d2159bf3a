package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.StoredSettings;
import java.time.Clock;
import java.util.function.BiFunction;

/** Reads and updates one singleton settings resource through its store, with no caching. */
public final class SettingsService<T, C> implements ManageSettings<T, C> {
  private final SettingsStore<T> store;
  private final BiFunction<T, C, T> apply;
  private final Clock clock;

  /** {@code apply} is the value's pure update rule, e.g. {@code GeneralSettings::apply}. */
  public SettingsService(SettingsStore<T> store, BiFunction<T, C, T> apply, Clock clock) {
    this.store = store;
    this.apply = apply;
    this.clock = clock;
  }

  @Override
  public StoredSettings<T> get() {
    return store.load(clock.instant());
  }

  @Override
  public StoredSettings<T> update(C changes) {
    return store.update(current -> apply.apply(current, changes), clock.instant());
  }
}
