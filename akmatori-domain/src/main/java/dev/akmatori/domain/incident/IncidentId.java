package dev.akmatori.domain.incident;

import java.util.Optional;
import java.util.UUID;

/** The public identifier of an incident: a UUID v4 in canonical lowercase text. */
public record IncidentId(UUID value) {
  public IncidentId {
    java.util.Objects.requireNonNull(value, "value");
  }

  /** The id for {@code text}, or empty when it is not a canonical UUID (such a path answers 404). */
  public static Optional<IncidentId> parse(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      UUID uuid = UUID.fromString(text);
      return uuid.toString().equalsIgnoreCase(text) ? Optional.of(new IncidentId(uuid)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
