package dev.akmatori.adapter.llm.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.http.ProviderJson;
import dev.akmatori.adapter.llm.http.UnusableReplyException;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Messages API body: {@code text} blocks are the answer, {@code tool_use} blocks the calls,
 * {@code thinking} texts the reasoning summary; {@code thinking} and {@code redacted_thinking} blocks
 * are kept whole as provider state, to go back verbatim. Cache reads and writes count as input.
 */
final class MessagesReply {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private MessagesReply() {}

  /** @throws UnusableReplyException when the body is not JSON or is not a message */
  static ChatResponse read(String body) {
    JsonNode root;
    try {
      root = ProviderJson.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UnusableReplyException("response is not JSON");
    }
    JsonNode content = root == null ? null : root.path("content");
    if (content == null || !content.isArray() || !"message".equals(root.path("type").asText("message"))) {
      throw new UnusableReplyException("response is not a message");
    }
    StringBuilder text = new StringBuilder();
    StringBuilder thinking = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    List<Map<String, Object>> state = new ArrayList<>();
    for (JsonNode block : content) {
      String type = block.path("type").asText("");
      if (type.equals("text")) {
        text.append(block.path("text").asText(""));
      } else if (type.equals("tool_use")) {
        calls.add(toolCall(block));
      } else if (AnthropicTurns.REASONING_BLOCKS.contains(type)) {
        state.add(ProviderJson.MAPPER.convertValue(block, MAP));
        String summary = block.path("thinking").asText("");
        if (!summary.isBlank()) {
          thinking.append(thinking.length() == 0 ? "" : "\n").append(summary);
        }
      }
    }
    return new ChatResponse(
        text.toString(),
        calls,
        thinking.toString(),
        usage(root.path("usage")),
        stopReason(root.path("stop_reason").asText("")),
        state);
  }

  private static ToolCall toolCall(JsonNode block) {
    String id = block.path("id").asText("");
    String name = block.path("name").asText("");
    JsonNode input = block.path("input");
    if (input.isMissingNode() || input.isNull()) {
      return ToolCall.of(id, name, Map.of());
    }
    if (!input.isObject()) {
      return new ToolCall(id, name, Map.of(), "input must be a JSON object");
    }
    return ToolCall.of(id, name, ProviderJson.MAPPER.convertValue(input, MAP));
  }

  private static TokenUsage usage(JsonNode usage) {
    long input =
        usage.path("input_tokens").asLong(0)
            + usage.path("cache_creation_input_tokens").asLong(0)
            + usage.path("cache_read_input_tokens").asLong(0);
    return new TokenUsage(Math.max(0, input), Math.max(0, usage.path("output_tokens").asLong(0)));
  }

  static StopReason stopReason(String stopReason) {
    switch (stopReason) {
      case "end_turn":
      case "stop_sequence":
        return StopReason.END_TURN;
      case "tool_use":
        return StopReason.TOOL_CALLS;
      case "max_tokens":
      case "model_context_window_exceeded":
        return StopReason.MAX_TOKENS;
      case "refusal":
        return StopReason.CONTENT_FILTER;
      default:
        return StopReason.OTHER;
    }
  }
}
