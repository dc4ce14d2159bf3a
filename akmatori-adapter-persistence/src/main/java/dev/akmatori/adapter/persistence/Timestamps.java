package dev.akmatori.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;

/**
 * Instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns, always as UTC {@link
 * OffsetDateTime} (JDBC 4.2), truncated to the microseconds both databases keep.
 */
final class Timestamps {
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private Timestamps() {}

  /** {@code instant} as the database will store it, so returned records equal re-read ones. */
  static Instant stored(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** A bind argument for {@code instant}; SQL NULL when it is null. */
  static Argument bind(Instant instant) {
    OffsetDateTime value = instant == null ? null : OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC);
    return (position, statement, context) -> {
      if (value == null) {
        statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
      } else {
        statement.setObject(position, value);
      }
    };
  }

  /**
   * A bind argument for a bound of a time range, clamped to years 1–9999: both databases hold that
   * span (PostgreSQL refuses instants past year 294276, H2 others) and nothing is stored outside it,
   * so a farther bound selects the same rows as the clamped one.
   */
  static Argument bindBound(Instant instant) {
    return bind(instant.isBefore(FIRST) ? FIRST : instant.isAfter(LAST) ? LAST : instant);
  }

  /** The instant in {@code column}; null for SQL NULL. */
  static Instant read(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
