package dev.akmatori.adapter.llm.tool.postgresql;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * One column value as JSON-like data: integers and short numerics as numbers (strings beyond 2^53
 * or 15 digits, and for NaN/Infinity), {@code timestamptz} as RFC 3339 UTC, {@code timestamp},
 * {@code date} and {@code time} as ISO-8601 local values, {@code bytea} as base64 (a placeholder
 * past 1 KiB), arrays of plain types as lists, anything else as PostgreSQL's text form.
 */
final class PgValues {
  static final long MAX_SAFE_INTEGER = (1L << 53) - 1;
  static final int MAX_INLINE_BYTES = 1024;
  private static final Set<String> PLAIN_ELEMENTS = Set.of(
      "int2", "int4", "int8", "float4", "float8", "numeric", "bool", "text", "varchar", "bpchar",
      "name", "uuid", "oid");

  private PgValues() {}

  static Object read(ResultSet rows, int column, String type) throws SQLException {
    switch (type) {
      case "int2": case "int4": case "int8": case "oid": case "serial": case "bigserial":
      case "smallserial":
        long whole = rows.getLong(column);
        return rows.wasNull() ? null : integer(whole);
      case "float4": case "float8":
        double real = rows.getDouble(column);
        return rows.wasNull() ? null : real(real);
      case "bool":
        boolean flag = rows.getBoolean(column);
        return rows.wasNull() ? null : flag;
      case "bytea":
        return bytes(rows.getBytes(column));
      default:
        return type.startsWith("_") ? array(rows, column, type.substring(1)) : temporalOrText(rows, column, type);
    }
  }

  private static Object temporalOrText(ResultSet rows, int column, String type) throws SQLException {
    String text = rows.getString(column);
    if (text == null || text.endsWith("infinity")) {
      return text;
    }
    switch (type) {
      case "numeric":
        return numeric(text);
      case "timestamptz":
        return rows.getObject(column, OffsetDateTime.class).toInstant().toString();
      case "timestamp":
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(rows.getObject(column, LocalDateTime.class));
      case "date":
        return DateTimeFormatter.ISO_LOCAL_DATE.format(rows.getObject(column, LocalDate.class));
      case "time":
        return DateTimeFormatter.ISO_LOCAL_TIME.format(rows.getObject(column, LocalTime.class));
      default:
        return text;
    }
  }

  private static Object array(ResultSet rows, int column, String elementType) throws SQLException {
    if (!PLAIN_ELEMENTS.contains(elementType)) {
      return rows.getString(column);
    }
    Array array = rows.getArray(column);
    if (array == null) {
      return null;
    }
    try {
      return element(array.getArray());
    } finally {
      array.free();
    }
  }

  /** A Java value the driver produced for an array element. */
  static Object element(Object value) {
    if (value instanceof Object[]) {
      List<Object> list = new ArrayList<>();
      for (Object item : (Object[]) value) {
        list.add(element(item));
      }
      return list;
    }
    if (value instanceof Short || value instanceof Integer || value instanceof Long) {
      return integer(((Number) value).longValue());
    }
    if (value instanceof Float || value instanceof Double) {
      return real(((Number) value).doubleValue());
    }
    if (value instanceof BigDecimal) {
      return numeric(((BigDecimal) value).toPlainString());
    }
    return value == null || value instanceof Boolean || value instanceof String ? value : value.toString();
  }

  static Object integer(long value) {
    return Math.abs(value) <= MAX_SAFE_INTEGER ? (Object) value : Long.toString(value);
  }

  static Object real(double value) {
    return Double.isFinite(value) ? (Object) value : Double.toString(value);
  }

  /** Up to 15 significant digits survive any JSON reader as a number; longer ones stay text. */
  static Object numeric(String text) {
    try {
      BigDecimal value = new BigDecimal(text);
      return value.precision() <= 15 ? value : text;
    } catch (NumberFormatException e) {
      return text;
    }
  }

  static Object bytes(byte[] value) {
    if (value == null) {
      return null;
    }
    return value.length <= MAX_INLINE_BYTES
        ? Base64.getEncoder().encodeToString(value)
        : "<binary data, " + value.length + " bytes>";
  }
}
