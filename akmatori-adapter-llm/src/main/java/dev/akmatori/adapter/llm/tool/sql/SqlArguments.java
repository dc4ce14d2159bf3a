package dev.akmatori.adapter.llm.tool.sql;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads an operation's arguments (JSON-like values) with the gateway's error texts, {@code invalid
 * arguments: <field>: <message>}. The gateway has validated them against the schema already; these
 * checks repeat what an invoker relies on, so it is safe to call directly.
 */
public final class SqlArguments {
  private final Map<String, Object> arguments;

  public SqlArguments(Map<String, Object> arguments) {
    this.arguments = arguments == null ? Map.of() : arguments;
  }

  /** A non-blank string. */
  public String requiredText(String name) {
    return text(name).orElseThrow(() -> invalid(name, "is required"));
  }

  /** A string, empty when absent, null or blank. */
  public Optional<String> text(String name) {
    Object value = arguments.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String)) {
      throw invalid(name, "must be a string");
    }
    String text = (String) value;
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** An integer within {@code [min, max]}, or {@code fallback} when absent. */
  public int integer(String name, int fallback, int min, int max) {
    OptionalLong value = whole(name);
    if (value.isEmpty()) {
      return fallback;
    }
    if (value.getAsLong() < min || value.getAsLong() > max) {
      throw invalid(name, "must be between " + min + " and " + max);
    }
    return (int) value.getAsLong();
  }

  /** A non-negative integer, empty when absent. */
  public OptionalLong count(String name) {
    OptionalLong value = whole(name);
    if (value.isPresent() && value.getAsLong() < 0) {
      throw invalid(name, "must not be negative");
    }
    return value;
  }

  /** A boolean, false when absent. */
  public boolean flag(String name) {
    Object value = arguments.get(name);
    if (value == null) {
      return false;
    }
    if (!(value instanceof Boolean)) {
      throw invalid(name, "must be a boolean");
    }
    return (Boolean) value;
  }

  private OptionalLong whole(String name) {
    Object value = arguments.get(name);
    if (value == null) {
      return OptionalLong.empty();
    }
    if (!(value instanceof Number)) {
      throw invalid(name, "must be an integer");
    }
    try {
      // Exact: 5.0 is 5, while 2.5, NaN and values beyond a long are not integers.
      BigDecimal exact = value instanceof BigInteger
          ? new BigDecimal((BigInteger) value)
          : new BigDecimal(value.toString());
      return OptionalLong.of(exact.longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      throw invalid(name, "must be an integer");
    }
  }

  private static ToolCallException invalid(String name, String message) {
    return new ToolCallException("invalid arguments: " + name + ": " + message);
  }
}
