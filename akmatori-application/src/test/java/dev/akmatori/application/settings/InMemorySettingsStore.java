package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.StoredSettings;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** The in-memory fake of one {@link SettingsStore}: a single row with id 1. */
public final class InMemorySettingsStore<T> implements SettingsStore<T> {
  private final T defaults;
  private StoredSettings<T> row;

  public InMemorySettingsStore(T defaults) {
    this.defaults = defaults;
  }

  @Override
  public synchronized StoredSettings<T> load(Instant now) {
    if (row == null) {
      row = new StoredSettings<>(1, defaults, now, now);
    }
    return row;
  }

  @Override
  public synchronized StoredSettings<T> update(UnaryOperator<T> change, Instant now) {
    StoredSettings<T> current = load(now);
    row = new StoredSettings<>(current.id(), change.apply(current.value()), current.createdAt(), now);
    return row;
  }
}
