package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.StoredSettings;

/**
 * A singleton settings resource (contract §3.10): {@code get} creates it with defaults on first
 * use; {@code update} applies a validated partial update and returns what is stored.
 *
 * @param <T> the settings value
 * @param <C> its validated changes
 */
public interface ManageSettings<T, C> {
  StoredSettings<T> get();

  StoredSettings<T> update(C changes);
}
