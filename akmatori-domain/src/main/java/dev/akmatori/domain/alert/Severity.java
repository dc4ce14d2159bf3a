package dev.akmatori.domain.alert;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How bad an alert is (contract §4.3), with the generic normalisation of source values (§4.5). */
public enum Severity {
  CRITICAL,
  HIGH,
  WARNING,
  INFO;

  private static final Map<String, Severity> ALIASES =
      Map.ofEntries(
          Map.entry("critical", CRITICAL), Map.entry("disaster", CRITICAL), Map.entry("p1", CRITICAL),
          Map.entry("5", CRITICAL), Map.entry("emergency", CRITICAL), Map.entry("fatal", CRITICAL),
          Map.entry("high", HIGH), Map.entry("major", HIGH), Map.entry("p2", HIGH), Map.entry("4", HIGH),
          Map.entry("error", HIGH), Map.entry("severe", HIGH),
          Map.entry("warning", WARNING), Map.entry("minor", WARNING), Map.entry("p3", WARNING),
          Map.entry("3", WARNING), Map.entry("average", WARNING), Map.entry("warn", WARNING),
          Map.entry("info", INFO), Map.entry("informational", INFO), Map.entry("p4", INFO), Map.entry("1", INFO),
          Map.entry("2", INFO), Map.entry("low", INFO), Map.entry("notice", INFO), Map.entry("debug", INFO));

  /** The wire name, e.g. {@code critical}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Trimmed and lowercased, a known name or alias maps to its severity; anything else is {@code warning}. */
  public static Severity normalize(String value) {
    if (value == null) {
      return WARNING;
    }
    return ALIASES.getOrDefault(value.strip().toLowerCase(Locale.ROOT), WARNING);
  }

  /** The severity with exactly this wire name. */
  public static Optional<Severity> fromWire(String wire) {
    for (Severity s : values()) {
      if (s.wireName().equals(wire)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
