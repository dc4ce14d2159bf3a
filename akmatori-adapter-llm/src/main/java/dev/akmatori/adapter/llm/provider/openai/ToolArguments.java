package dev.akmatori.adapter.llm.provider.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.application.model.ToolCall;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a tool call's {@code arguments}. OpenAI sends a JSON string; some compatible servers send
 * the object itself, or {@code ""} for a function without parameters (read as {@code {}}). Anything
 * that is not a JSON object becomes {@link ToolCall#argumentsError()}, never an exception.
 */
final class ToolArguments {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private ToolArguments() {}

  static ToolCall toolCall(String id, String name, JsonNode arguments) {
    if (arguments == null || arguments.isNull() || arguments.isMissingNode()) {
      return ToolCall.of(id, name, Map.of());
    }
    if (arguments.isObject()) {
      return ToolCall.of(id, name, OpenAiJson.MAPPER.convertValue(arguments, MAP));
    }
    if (!arguments.isTextual()) {
      return new ToolCall(id, name, Map.of(), "arguments must be a JSON object, got " + kind(arguments));
    }
    String text = arguments.asText();
    if (text.isBlank()) {
      return ToolCall.of(id, name, Map.of());
    }
    JsonNode parsed;
    try {
      parsed = OpenAiJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return new ToolCall(id, name, Map.of(), "arguments are not valid JSON: " + e.getOriginalMessage());
    }
    if (parsed == null || !parsed.isObject()) {
      return new ToolCall(id, name, Map.of(), "arguments must be a JSON object, got " + kind(parsed));
    }
    return ToolCall.of(id, name, OpenAiJson.MAPPER.convertValue(parsed, MAP));
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
