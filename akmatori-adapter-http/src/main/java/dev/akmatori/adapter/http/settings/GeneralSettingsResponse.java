package dev.akmatori.adapter.http.settings;

import dev.akmatori.domain.settings.GeneralSettings;
import dev.akmatori.domain.settings.StoredSettings;
import java.time.Instant;

/** The general settings shape of contract §3.10.1. */
record GeneralSettingsResponse(long id, String baseUrl, Instant createdAt, Instant updatedAt) {
  static GeneralSettingsResponse from(StoredSettings<GeneralSettings> s) {
    return new GeneralSettingsResponse(s.id(), s.value().baseUrl(), s.createdAt(), s.updatedAt());
  }
}
