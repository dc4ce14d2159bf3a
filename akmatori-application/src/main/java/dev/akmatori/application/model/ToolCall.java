package dev.akmatori.application.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A function call the model asked for. {@code arguments} is the parsed JSON object; when the model
 * sent text that is not a JSON object, it is empty and {@code argumentsError} says why, so the loop
 * can answer with an error result instead of failing.
 */
public record ToolCall(String id, String name, Map<String, Object> arguments, String argumentsError) {
  public ToolCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    arguments = arguments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  public static ToolCall of(String id, String name, Map<String, Object> arguments) {
    return new ToolCall(id, name, arguments, null);
  }

  public boolean hasValidArguments() {
    return argumentsError == null;
  }
}
