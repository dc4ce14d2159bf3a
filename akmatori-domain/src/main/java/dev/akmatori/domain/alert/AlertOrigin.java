package dev.akmatori.domain.alert;

import java.util.Objects;

/** Which alert source received an alert: its uuid, type name and instance name at ingestion time. */
public record AlertOrigin(String sourceUuid, String sourceType, String sourceName) {
  public AlertOrigin {
    Objects.requireNonNull(sourceUuid, "sourceUuid");
    Objects.requireNonNull(sourceType, "sourceType");
    Objects.requireNonNull(sourceName, "sourceName");
  }
}
