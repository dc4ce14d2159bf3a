package dev.akmatori.domain.incident;

import dev.akmatori.domain.shared.ConflictException;
import java.util.Locale;
import java.util.Optional;

/** Where an investigation stands (contract §3.1, §5.1). The enum owns its transition table. */
public enum IncidentStatus {
  PENDING,
  RUNNING,
  COMPLETED,
  FAILED,
  CANCELLED;

  /** The wire name, e.g. {@code pending}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isTerminal() {
    switch (this) {
      case COMPLETED:
      case FAILED:
      case CANCELLED:
        return true;
      default:
        return false;
    }
  }

  /** True when this status may become {@code next}. */
  public boolean canBecome(IncidentStatus next) {
    switch (this) {
      case PENDING:
        return next == RUNNING || next == FAILED || next == CANCELLED;
      case RUNNING:
        return next == PENDING || next == COMPLETED || next == FAILED || next == CANCELLED;
      default:
        return false;
    }
  }

  /** Returns {@code next} when allowed, else throws a {@link ConflictException}. */
  public IncidentStatus transitionTo(IncidentStatus next) {
    if (!canBecome(next)) {
      throw new ConflictException("Incident cannot go from " + wireName() + " to " + next.wireName());
    }
    return next;
  }

  /** The status with this wire name, if any. */
  public static Optional<IncidentStatus> fromWire(String name) {
    for (IncidentStatus s : values()) {
      if (s.wireName().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
