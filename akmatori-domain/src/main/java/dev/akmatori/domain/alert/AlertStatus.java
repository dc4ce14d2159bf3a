package dev.akmatori.domain.alert;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Whether an alert is firing or resolved (contract §4.3), with the generic normalisation of §4.5. */
public enum AlertStatus {
  FIRING,
  RESOLVED;

  private static final Set<String> RESOLVED_WORDS = Set.of("resolved", "ok", "recovery", "inactive");

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Trimmed and lowercased: {@code resolved}, {@code ok}, {@code recovery}, {@code inactive} are
   * resolved; everything else (the firing words included) is firing.
   */
  public static AlertStatus normalize(String value) {
    if (value == null) {
      return FIRING;
    }
    return RESOLVED_WORDS.contains(value.strip().toLowerCase(Locale.ROOT)) ? RESOLVED : FIRING;
  }

  /** The status with exactly this wire name. */
  public static Optional<AlertStatus> fromWire(String wire) {
    for (AlertStatus s : values()) {
      if (s.wireName().equals(wire)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
