package dev.akmatori.adapter.llm.http;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the wait a server asked for: OpenAI's {@code retry-after-ms} when present, else {@code
 * Retry-After} as delay-seconds (fractions tolerated) or an HTTP date (RFC 9110 §10.2.3).
 */
final class RetryAfter {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,12}(\\.\\d{1,9})?");

  private RetryAfter() {}

  /** The requested wait; empty when absent or unreadable (then the backoff applies). */
  static Optional<Duration> of(HttpReply reply, Clock clock) {
    Optional<Duration> millis =
        reply.header("retry-after-ms").map(String::trim).filter(v -> NUMBER.matcher(v).matches())
            .map(v -> Duration.ofNanos(new BigDecimal(v).movePointRight(6).longValue()));
    return millis.isPresent() ? millis : reply.header("Retry-After").flatMap(v -> parse(v, clock));
  }

  static Optional<Duration> parse(String value, Clock clock) {
    String text = value.trim();
    if (NUMBER.matcher(text).matches()) {
      return Optional.of(Duration.ofNanos(new BigDecimal(text).movePointRight(9).longValue()));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }
}
