package dev.akmatori.adapter.llm.provider.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.http.UnusableReplyException;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Chat Completions body: the first choice's text, tool calls and finish reason, the usage
 * (zeros when absent), and a reasoning summary when the server returns one ({@code reasoning} from
 * OpenRouter, {@code reasoning_content} from vLLM/DeepSeek-style servers, else the texts of
 * OpenRouter's {@code reasoning_details}, which are also kept as provider state).
 */
final class ChatCompletionsReply {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private ChatCompletionsReply() {}

  /** @throws UnusableReplyException when the body is not JSON or carries no choice */
  static ChatResponse read(String body) {
    JsonNode root;
    try {
      root = OpenAiJson.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UnusableReplyException("response is not JSON");
    }
    JsonNode choice = root == null ? null : root.path("choices").path(0);
    if (choice == null || !choice.isObject()) {
      throw new UnusableReplyException("response has no choices");
    }
    JsonNode message = choice.path("message");
    JsonNode details = message.path("reasoning_details");
    return new ChatResponse(
        text(message),
        toolCalls(message.path("tool_calls")),
        reasoning(message, details),
        usage(root.path("usage")),
        stopReason(choice.path("finish_reason").asText("")),
        details.isArray() ? providerState(details) : List.of());
  }

  /** {@code content} as a string, or the text parts of a content array; a refusal if nothing else. */
  private static String text(JsonNode message) {
    JsonNode content = message.path("content");
    StringBuilder text = new StringBuilder(content.isTextual() ? content.asText() : "");
    if (content.isArray()) {
      content.forEach(part -> text.append(part.path("text").asText("")));
    }
    if (text.length() == 0 && message.path("refusal").isTextual()) {
      return message.path("refusal").asText();
    }
    return text.toString();
  }

  private static List<ToolCall> toolCalls(JsonNode calls) {
    List<ToolCall> result = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      JsonNode call = calls.get(i);
      JsonNode function = call.path("function");
      // Some compatible servers omit ids; the tool message must still answer one.
      String id = call.path("id").asText("");
      result.add(
          ToolArguments.toolCall(
              id.isEmpty() ? "call_" + i : id,
              function.path("name").asText(""),
              function.get("arguments")));
    }
    return result;
  }

  private static String reasoning(JsonNode message, JsonNode details) {
    Optional<String> direct =
        textOf(message.path("reasoning")).or(() -> textOf(message.path("reasoning_content")));
    if (direct.isPresent() || !details.isArray()) {
      return direct.orElse("");
    }
    StringBuilder summary = new StringBuilder();
    for (JsonNode detail : details) {
      textOf(detail.path("summary")).or(() -> textOf(detail.path("text"))).ifPresent(t -> {
        summary.append(summary.length() == 0 ? "" : "\n").append(t);
      });
    }
    return summary.toString();
  }

  private static TokenUsage usage(JsonNode usage) {
    return new TokenUsage(
        Math.max(0, usage.path("prompt_tokens").asLong(0)),
        Math.max(0, usage.path("completion_tokens").asLong(0)));
  }

  static StopReason stopReason(String finishReason) {
    switch (finishReason) {
      case "stop":
        return StopReason.END_TURN;
      case "tool_calls":
      case "function_call":
        return StopReason.TOOL_CALLS;
      case "length":
        return StopReason.MAX_TOKENS;
      case "content_filter":
        return StopReason.CONTENT_FILTER;
      default:
        return StopReason.OTHER;
    }
  }

  private static List<Map<String, Object>> providerState(JsonNode details) {
    List<Map<String, Object>> state = new ArrayList<>();
    details.forEach(d -> {
      if (d.isObject()) {
        state.add(OpenAiJson.MAPPER.convertValue(d, MAP));
      }
    });
    return state;
  }

  private static Optional<String> textOf(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
  }
}
