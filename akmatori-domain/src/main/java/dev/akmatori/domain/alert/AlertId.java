package dev.akmatori.domain.alert;

import java.util.Objects;
import java.util.UUID;

/** The public identifier of a stored alert: a UUID v4. */
public record AlertId(UUID value) {
  public AlertId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
