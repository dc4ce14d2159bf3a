package dev.akmatori.domain.settings;

import dev.akmatori.domain.shared.Violations;
import java.time.Duration;
import java.time.Instant;

/**
 * Retention settings (contract §3.10.5): whether finished incidents older than {@code
 * retentionDays} (1–3650) are deleted, every {@code cleanupIntervalHours} (1–8760).
 */
public record RetentionSettings(boolean enabled, int retentionDays, int cleanupIntervalHours) {
  public static final int MAX_DAYS = 3650;
  public static final int MAX_HOURS = 8760;
  public static final RetentionSettings DEFAULTS = new RetentionSettings(true, 90, 6);

  public RetentionSettings {
    Violations v = new Violations();
    checkRange(retentionDays, "retention_days", MAX_DAYS, v);
    checkRange(cleanupIntervalHours, "cleanup_interval_hours", MAX_HOURS, v);
    v.throwIfAny();
  }

  public RetentionSettings apply(RetentionSettingsChanges changes) {
    return new RetentionSettings(
        changes.enabled().orElse(enabled),
        changes.retentionDays().orElse(retentionDays),
        changes.cleanupIntervalHours().orElse(cleanupIntervalHours));
  }

  /** Finished incidents whose {@code completed_at} is before this instant are expired at {@code now}. */
  public Instant cutoff(Instant now) {
    return now.minus(Duration.ofDays(retentionDays));
  }

  /** The time between two scheduled cleanup runs. */
  public Duration cleanupInterval() {
    return Duration.ofHours(cleanupIntervalHours);
  }

  /** Records {@code must be between 1 and <max>} unless {@code value} is in range. */
  static boolean checkRange(long value, String field, int max, Violations v) {
    if (value < 1 || value > max) {
      v.add(field, "must be between 1 and " + max);
      return false;
    }
    return true;
  }
}
