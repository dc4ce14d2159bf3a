package dev.akmatori.domain.settings;

import dev.akmatori.domain.shared.Violations;
import java.util.Objects;
import java.util.Optional;

/** A validated partial update of the retention settings. */
public record RetentionSettingsChanges(
    Optional<Boolean> enabled, Optional<Integer> retentionDays, Optional<Integer> cleanupIntervalHours) {

  public RetentionSettingsChanges {
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(retentionDays, "retentionDays");
    Objects.requireNonNull(cleanupIntervalHours, "cleanupIntervalHours");
  }

  /** Checks the ranges of every present value at once; null means "not provided". */
  public static RetentionSettingsChanges of(Boolean enabled, Long retentionDays, Long cleanupIntervalHours) {
    Violations v = new Violations();
    Optional<Integer> days = ranged(retentionDays, "retention_days", RetentionSettings.MAX_DAYS, v);
    Optional<Integer> hours =
        ranged(cleanupIntervalHours, "cleanup_interval_hours", RetentionSettings.MAX_HOURS, v);
    v.throwIfAny();
    return new RetentionSettingsChanges(Optional.ofNullable(enabled), days, hours);
  }

  private static Optional<Integer> ranged(Long value, String field, int max, Violations v) {
    if (value == null || !RetentionSettings.checkRange(value, field, max, v)) {
      return Optional.empty();
    }
    return Optional.of(value.intValue());
  }
}
