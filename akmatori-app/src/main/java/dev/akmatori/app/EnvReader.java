package dev.akmatori.app;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed reads of environment variables with the contract's formats (§7); errors name the variable. */
final class EnvReader {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([smhd]?)");

  private final Map<String, String> env;

  EnvReader(Map<String, String> env) {
    this.env = env;
  }

  /** The value when set and non-empty. */
  Optional<String> optional(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isEmpty());
  }

  String string(String name, String fallback) {
    return optional(name).orElse(fallback);
  }

  int integer(String name, int fallback, int min, int max) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.get().strip());
      if (value < min || value > max) {
        throw new ConfigException(name, "must be between " + min + " and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(name, "must be an integer");
    }
  }

  boolean bool(String name, boolean fallback) {
    Optional<String> raw = optional(name).map(v -> v.strip().toLowerCase(Locale.ROOT));
    if (raw.isEmpty()) {
      return fallback;
    }
    switch (raw.get()) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new ConfigException(name, "must be true or false");
    }
  }

  /** An integer followed by s, m, h or d; a bare integer means seconds; must be positive. */
  Duration duration(String name, Duration fallback) {
    Optional<String> raw = optional(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    Matcher m = DURATION.matcher(raw.get().strip());
    if (!m.matches()) {
      throw new ConfigException(name, "must be a duration such as 90m, 24h or 3600");
    }
    long amount = Long.parseLong(m.group(1));
    Duration d;
    switch (m.group(2)) {
      case "m":
        d = Duration.ofMinutes(amount);
        break;
      case "h":
        d = Duration.ofHours(amount);
        break;
      case "d":
        d = Duration.ofDays(amount);
        break;
      default:
        d = Duration.ofSeconds(amount);
    }
    if (d.isZero()) {
      throw new ConfigException(name, "must be longer than zero");
    }
    return d;
  }

  /** One of {@code allowed} (case-insensitive), returned in upper case. */
  String oneOf(String name, String fallback, String... allowed) {
    String value = optional(name).map(v -> v.strip().toUpperCase(Locale.ROOT)).orElse(fallback);
    for (String a : allowed) {
      if (a.equals(value)) {
        return value;
      }
    }
    throw new ConfigException(name, "must be one of " + String.join(", ", allowed));
  }
}
