package dev.akmatori.domain.alertsource;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The public identifier of an alert source: a UUID v4, used in its webhook URL. */
public record AlertSourceId(UUID value) {
  public AlertSourceId {
    Objects.requireNonNull(value, "value");
  }

  /** The id for {@code text}, or empty when it is not a canonical UUID (such a path answers 404). */
  public static Optional<AlertSourceId> parse(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      UUID uuid = UUID.fromString(text);
      return uuid.toString().equalsIgnoreCase(text)
          ? Optional.of(new AlertSourceId(uuid))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
