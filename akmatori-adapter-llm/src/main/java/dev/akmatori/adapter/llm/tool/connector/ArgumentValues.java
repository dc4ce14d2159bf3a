package dev.akmatori.adapter.llm.tool.connector;

import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.json.JsonCodec;
import dev.akmatori.domain.connector.ConnectorParam;
import dev.akmatori.domain.connector.ToolDefinition;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The value of each parameter of one call: the model's argument when given (JSON null counts as
 * absent), else the param's default; and its text form for paths, query strings and headers.
 */
final class ArgumentValues {
  private final ToolDefinition tool;
  private final Map<String, Object> arguments;
  private final JsonCodec json;

  ArgumentValues(ToolDefinition tool, Map<String, Object> arguments, JsonCodec json) {
    this.tool = tool;
    this.arguments = arguments;
    this.json = json;
  }

  /** @throws ToolCallException {@code missing required parameter '<p>'} for the first one missing */
  void requireAll() {
    for (ConnectorParam param : tool.params()) {
      if (param.required() && value(param.name()) == null) {
        throw new ToolCallException("missing required parameter '" + param.name() + "'");
      }
    }
  }

  /** The argument named {@code name}, else the default of the param of that name; null when neither. */
  Object value(String name) {
    Object given = arguments.get(name);
    if (given != null) {
      return given;
    }
    ConnectorParam param = tool.param(name);
    return param == null ? null : param.defaultValue();
  }

  /** Strings as they are, numbers without exponent or trailing zeros, anything else as JSON text. */
  String text(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return json.write(value);
  }
}
