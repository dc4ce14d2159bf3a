package dev.akmatori.application.settings;

import java.util.Optional;

/**
 * A small key → text store for server-wide values (JWT secret, admin password hash, encryption check
 * value, settings documents). Thread-safe; shared by replicas through the database.
 */
public interface SettingsRepository {
  Optional<String> find(String key);

  /** Inserts or replaces the value of {@code key}. */
  void save(String key, String value);

  /**
   * Stores {@code value} unless {@code key} already has one, and returns the value that is stored
   * afterwards — so racing replicas agree on one winner.
   */
  String saveIfAbsent(String key, String value);
}
