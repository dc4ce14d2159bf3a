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

  /** The instant in {@code column}; null for SQL NULL. */
  static Instant read(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
