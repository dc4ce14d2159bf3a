package dev.akmatori.domain.alertsource;

import java.time.Instant;
import java.util.Objects;

/** A stored alert source type: a {@link AlertSourceTypeSpec} with its id and timestamps. */
public record AlertSourceType(long id, AlertSourceTypeSpec spec, Instant createdAt, Instant updatedAt) {
  public AlertSourceType {
    if (id <= 0) {
      throw new IllegalArgumentException("alert source type id must be positive: " + id);
    }
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public String name() {
    return spec.name();
  }
}
