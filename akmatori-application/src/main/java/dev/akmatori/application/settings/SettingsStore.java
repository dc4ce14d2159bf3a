package dev.akmatori.application.settings;

import dev.akmatori.domain.settings.StoredSettings;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * One singleton settings resource (contract §3.10), created with its defaults on first use. Values
 * carry clear secrets; an implementation that persists them stores them encrypted (§1.7).
 * Thread-safe and shared by replicas: the first of several racing creators wins, the others read
 * its row. Store failures surface as unchecked exceptions.
 */
public interface SettingsStore<T> {
  /** The stored value, first created from the defaults (stamped {@code now}) when absent. */
  StoredSettings<T> load(Instant now);

  /**
   * Replaces the value with {@code change} applied to the stored one, atomically: concurrent
   * updates, also from other processes, wait for each other, so none is lost. {@code change} must
   * be pure; what it throws is rethrown and nothing is stored.
   */
  StoredSettings<T> update(UnaryOperator<T> change, Instant now);
}
