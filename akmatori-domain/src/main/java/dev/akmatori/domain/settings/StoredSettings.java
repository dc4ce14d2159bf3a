package dev.akmatori.domain.settings;

import java.time.Instant;
import java.util.Objects;

/** A settings value as stored: its row id and timestamps around the value itself. */
public record StoredSettings<T>(long id, T value, Instant createdAt, Instant updatedAt) {
  public StoredSettings {
    if (id <= 0) {
      throw new IllegalArgumentException("settings id must be positive: " + id);
    }
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
