package dev.akmatori.adapter.llm.tool.integration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Times as the contract takes them (§6: RFC 3339 or Unix seconds), converted for APIs that want
 * another form. A number of 13 digits or more is read as milliseconds, since no one means the year
 * 33658 in seconds. Anything else (relative forms such as {@code now-1h}) is not a time here; the
 * callers pass it through for the target to judge.
 */
public final class Times {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,16}(\\.\\d{1,9})?");
  private static final int MILLIS_DIGITS = 13;

  private Times() {}

  /** The instant {@code value} names, or empty when it is neither RFC 3339 nor a number. */
  public static Optional<Instant> instant(String value) {
    String text = value == null ? "" : value.strip();
    if (NUMBER.matcher(text).matches()) {
      BigDecimal number = new BigDecimal(text);
      int digits = text.contains(".") ? text.indexOf('.') : text.length();
      BigDecimal millis = digits >= MILLIS_DIGITS ? number : number.movePointRight(3);
      return Optional.of(Instant.ofEpochMilli(millis.longValue()));
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Epoch milliseconds as text when {@code value} is a time, else {@code value} unchanged. */
  public static String epochMillisOrAsIs(String value) {
    return instant(value).map(i -> Long.toString(i.toEpochMilli())).orElse(value);
  }

  /** Unix seconds as text when {@code value} is a time, else {@code value} unchanged. */
  public static String unixSecondsOrAsIs(String value) {
    return instant(value).map(i -> Long.toString(i.getEpochSecond())).orElse(value);
  }

  /** RFC 3339 (UTC) when {@code value} is a time, else {@code value} unchanged. */
  public static String rfc3339OrAsIs(String value) {
    return instant(value).map(Instant::toString).orElse(value);
  }
}
