package dev.akmatori.application.alert.normalize;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Times in payloads (contract §4.4, §4.6): RFC 3339, or {@code YYYY-MM-DD HH:MM:SS} read as UTC.
 * Anything else, and Go's zero time {@code 0001-01-01T00:00:00Z} that Alertmanager sends for "not
 * set", is absent.
 */
final class AlertTimes {
  private static final Instant ZERO = Instant.parse("0001-01-01T00:00:00Z");
  private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private AlertTimes() {}

  static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank() || text.length() > 64) {
      return Optional.empty();
    }
    String t = text.strip();
    try {
      Instant instant = OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      return instant.equals(ZERO) ? Optional.empty() : Optional.of(instant);
    } catch (DateTimeParseException notRfc3339) {
      try {
        return Optional.of(LocalDateTime.parse(t, PLAIN).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException unreadable) {
        return Optional.empty();
      }
    }
  }
}
