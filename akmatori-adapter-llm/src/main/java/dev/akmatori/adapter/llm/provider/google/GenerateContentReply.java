package dev.akmatori.adapter.llm.provider.google;

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
import java.util.Set;

/**
 * Reads a {@code generateContent} body: the first candidate's text parts are the answer, its {@code
 * thought} parts the reasoning summary and its {@code functionCall} parts the calls. Gemini 2.x calls
 * carry no id, so each gets {@code call_<n>}, numbered on from the calls already in the
 * conversation. When any part carries a {@code thoughtSignature}, the parts (thought summaries
 * without a signature aside) are kept as provider state, to go back unchanged.
 */
final class GenerateContentReply {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final Set<String> FILTERED =
      Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY");

  private GenerateContentReply() {}

  /**
   * @param firstCallNumber the number of the first synthesized call id of this reply
   * @throws UnusableReplyException when the body is not JSON, the prompt was blocked, or the only
   *     candidate was blocked before it said anything
   */
  static ChatResponse read(String body, int firstCallNumber) {
    JsonNode root;
    try {
      root = ProviderJson.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UnusableReplyException("response is not JSON");
    }
    JsonNode candidate = root == null ? null : root.path("candidates").path(0);
    if (candidate == null || !candidate.isObject()) {
      String blocked = root == null ? "" : root.path("promptFeedback").path("blockReason").asText("");
      throw new UnusableReplyException(
          blocked.isEmpty() ? "response has no candidates" : "prompt blocked by safety filter: " + blocked);
    }
    String finishReason = candidate.path("finishReason").asText("");
    JsonNode parts = candidate.path("content").path("parts");
    if (parts.isEmpty() && FILTERED.contains(finishReason)) {
      throw new UnusableReplyException("response blocked by safety filter: " + finishReason);
    }
    StringBuilder text = new StringBuilder();
    StringBuilder thoughts = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    boolean signed = false;
    for (JsonNode part : parts) {
      signed |= part.has("thoughtSignature");
      if (part.has("functionCall")) {
        calls.add(toolCall(part.get("functionCall"), "call_" + (firstCallNumber + calls.size())));
      } else if (part.path("thought").asBoolean(false)) {
        thoughts.append(thoughts.length() == 0 ? "" : "\n").append(part.path("text").asText(""));
      } else {
        text.append(part.path("text").asText(""));
      }
    }
    return new ChatResponse(
        text.toString(),
        calls,
        thoughts.toString(),
        usage(root.path("usageMetadata")),
        stopReason(finishReason, !calls.isEmpty()),
        signed ? state(parts) : List.of());
  }

  private static ToolCall toolCall(JsonNode call, String synthesizedId) {
    String id = call.path("id").asText("");
    String callId = id.isEmpty() ? synthesizedId : id;
    String name = call.path("name").asText("");
    JsonNode args = call.path("args");
    if (args.isMissingNode() || args.isNull()) {
      return ToolCall.of(callId, name, Map.of());
    }
    if (!args.isObject()) {
      return new ToolCall(callId, name, Map.of(), "args must be a JSON object");
    }
    return ToolCall.of(callId, name, ProviderJson.MAPPER.convertValue(args, MAP));
  }

  /** Every part as returned, except unsigned thought summaries: Gemini reads nothing back from those. */
  private static List<Map<String, Object>> state(JsonNode parts) {
    List<Map<String, Object>> state = new ArrayList<>();
    for (JsonNode part : parts) {
      if (part.isObject() && (!part.path("thought").asBoolean(false) || part.has("thoughtSignature"))) {
        state.add(ProviderJson.MAPPER.convertValue(part, MAP));
      }
    }
    return state;
  }

  /** Thoughts are billed as output. */
  private static TokenUsage usage(JsonNode usage) {
    long output = usage.path("candidatesTokenCount").asLong(0) + usage.path("thoughtsTokenCount").asLong(0);
    return new TokenUsage(Math.max(0, usage.path("promptTokenCount").asLong(0)), Math.max(0, output));
  }

  static StopReason stopReason(String finishReason, boolean hasCalls) {
    if (FILTERED.contains(finishReason)) {
      return StopReason.CONTENT_FILTER;
    }
    switch (finishReason) {
      case "STOP":
        return hasCalls ? StopReason.TOOL_CALLS : StopReason.END_TURN;
      case "MAX_TOKENS":
        return StopReason.MAX_TOKENS;
      default:
        return StopReason.OTHER;
    }
  }
}
