package dev.akmatori.adapter.persistence;

import dev.akmatori.application.settings.SettingsRepository;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Settings in the {@code settings} table. Writes are single auto-committed statements, and a lost
 * insert race (unique violation) is answered from the row the winner stored, so replicas agree.
 */
final class JdbiSettingsRepository implements SettingsRepository {
  private static final String FIND = "SELECT \"value\" FROM settings WHERE \"key\" = :key";
  private static final String INSERT =
      "INSERT INTO settings (\"key\", \"value\", updated_at) VALUES (:key, :value, :now)";
  private static final String UPDATE =
      "UPDATE settings SET \"value\" = :value, updated_at = :now WHERE \"key\" = :key";

  private final Jdbi jdbi;
  private final Clock clock;

  JdbiSettingsRepository(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public Optional<String> find(String key) {
    return jdbi.withHandle(h -> h.createQuery(FIND).bind("key", key).mapTo(String.class).findOne());
  }

  @Override
  public void save(String key, String value) {
    // No portable upsert covers H2 and PostgreSQL 12: update, else insert, else (lost race) update.
    if (write(UPDATE, key, value) > 0) {
      return;
    }
    try {
      write(INSERT, key, value);
    } catch (RuntimeException e) {
      if (!Conflicts.isUniqueViolation(e)) {
        throw e;
      }
      write(UPDATE, key, value);
    }
  }

  @Override
  public String saveIfAbsent(String key, String value) {
    Optional<String> existing = find(key);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      write(INSERT, key, value);
      return value;
    } catch (RuntimeException e) {
      if (!Conflicts.isUniqueViolation(e)) {
        throw e;
      }
      return find(key).orElseThrow(() -> new IllegalStateException("Setting vanished while read: " + key));
    }
  }

  private int write(String sql, String key, String value) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(sql)
                .bind("key", key)
                .bind("value", value)
                .bind("now", Timestamps.bind(clock.instant()))
                .execute());
  }
}
