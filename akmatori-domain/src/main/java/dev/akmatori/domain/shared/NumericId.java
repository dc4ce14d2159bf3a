package dev.akmatori.domain.shared;

import java.util.Optional;

/** Parsing of the positive 64-bit ids used in numeric resource paths (contract §1.1). */
public final class NumericId {
  private NumericId() {}

  /** The id when {@code text} is a positive base-10 integer that fits 64 bits; empty otherwise. */
  public static Optional<Long> parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 19) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
    }
    try {
      long value = Long.parseLong(text);
      return value > 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException overflow) {
      return Optional.empty();
    }
  }
}
