package dev.akmatori.domain.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How much a model may reason before answering (contract §3.10.3, §5.9); {@code medium} by default.
 * Stored and sent as {@link #wireName()}; each provider maps it to its own knobs.
 */
public enum ThinkingLevel {
  OFF,
  MINIMAL,
  LOW,
  MEDIUM,
  HIGH,
  XHIGH;

  /** {@code must be one of off, minimal, low, medium, high, xhigh}. */
  public static final String ONE_OF =
      "must be one of "
          + Arrays.stream(values()).map(ThinkingLevel::wireName).collect(Collectors.joining(", "));

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ThinkingLevel> fromWire(String wire) {
    return Arrays.stream(values()).filter(l -> l.wireName().equals(wire)).findFirst();
  }
}
