package dev.akmatori.application.model;

import java.util.Locale;
import java.util.Optional;

/** How much reasoning to ask for (contract §3.10.3, §5.9); providers map it to their own knobs. */
public enum ThinkingLevel {
  OFF,
  MINIMAL,
  LOW,
  MEDIUM,
  HIGH,
  XHIGH;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ThinkingLevel> fromWire(String name) {
    for (ThinkingLevel t : values()) {
      if (t.wireName().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
