package dev.akmatori.adapter.http.settings;

import dev.akmatori.domain.settings.RetentionSettings;
import dev.akmatori.domain.settings.StoredSettings;
import java.time.Instant;

/** The retention settings shape of contract §3.10.5. */
record RetentionSettingsResponse(
    long id, boolean enabled, int retentionDays, int cleanupIntervalHours, Instant createdAt, Instant updatedAt) {

  static RetentionSettingsResponse from(StoredSettings<RetentionSettings> s) {
    RetentionSettings v = s.value();
    return new RetentionSettingsResponse(
        s.id(), v.enabled(), v.retentionDays(), v.cleanupIntervalHours(), s.createdAt(), s.updatedAt());
  }
}
