package dev.akmatori.domain.connector;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The JSON type of a tool parameter; {@code string} when a Param omits it (contract §3.8). */
public enum ParamType {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN;

  /** The accepted wire names, for the {@code must be one of} message. */
  public static final String CHOICES = "string, integer, number, boolean";

  /** The JSON Schema type name, which is also the wire name. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type of exactly this wire name (case-sensitive), if any. */
  public static Optional<ParamType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
  }
}
