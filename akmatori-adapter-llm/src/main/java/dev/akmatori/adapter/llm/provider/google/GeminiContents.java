package dev.akmatori.adapter.llm.provider.google;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.adapter.llm.http.ProviderJson;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ToolCall;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the conversation as Gemini {@code contents}: {@code user} and {@code model} turns, a model
 * turn with its provider state sent back exactly as Gemini returned it (parts with a {@code
 * thoughtSignature} unchanged), tool results as {@code functionResponse} parts of one user turn, and
 * consecutive messages of one role merged into one turn.
 */
final class GeminiContents {
  private GeminiContents() {}

  static ArrayNode of(List<ChatMessage> messages) {
    Set<String> idsFromGemini = callIdsInState(messages);
    ArrayNode contents = ProviderJson.MAPPER.createArrayNode();
    ObjectNode last = null;
    for (ChatMessage message : messages) {
      String role = message.role() == ChatMessage.Role.ASSISTANT ? "model" : "user";
      ArrayNode parts = parts(message, idsFromGemini);
      if (parts.isEmpty()) {
        continue;
      }
      if (last != null && last.path("role").asText().equals(role)) {
        ((ArrayNode) last.get("parts")).addAll(parts);
      } else {
        last = contents.addObject().put("role", role);
        last.set("parts", parts);
      }
    }
    return contents;
  }

  /** Whether {@code state} is a model turn's parts as Gemini returned them (not another provider's). */
  static boolean isGeminiState(List<Map<String, Object>> state) {
    return !state.isEmpty() && state.stream().allMatch(GeminiContents::isGeminiPart);
  }

  private static boolean isGeminiPart(Map<String, Object> part) {
    return !part.containsKey("type")
        && (part.containsKey("text") || part.containsKey("functionCall")
            || part.containsKey("thoughtSignature"));
  }

  private static ArrayNode parts(ChatMessage message, Set<String> idsFromGemini) {
    ArrayNode parts = ProviderJson.MAPPER.createArrayNode();
    switch (message.role()) {
      case USER:
        if (!message.text().isEmpty()) {
          parts.addObject().put("text", message.text());
        }
        return parts;
      case TOOL:
        ObjectNode response = parts.addObject().putObject("functionResponse");
        if (idsFromGemini.contains(message.toolCallId())) {
          response.put("id", message.toolCallId());
        }
        response.put("name", message.toolName()).set("response", response(message.text()));
        return parts;
      case ASSISTANT:
        if (isGeminiState(message.providerState())) {
          message.providerState().forEach(part -> parts.add(ProviderJson.MAPPER.valueToTree(part)));
          return parts;
        }
        if (!message.text().isEmpty()) {
          parts.addObject().put("text", message.text());
        }
        for (ToolCall call : message.toolCalls()) {
          ObjectNode functionCall = parts.addObject().putObject("functionCall").put("name", call.name());
          functionCall.set("args", ProviderJson.MAPPER.valueToTree(call.arguments()));
        }
        return parts;
      default:
        throw new IllegalArgumentException("unknown role " + message.role());
    }
  }

  /** A JSON object result as is; anything else (other JSON, plain text) as {@code {"result": …}}. */
  static ObjectNode response(String result) {
    JsonNode parsed;
    try {
      parsed = result.isBlank() ? null : ProviderJson.MAPPER.readTree(result);
    } catch (JsonProcessingException plainText) {
      parsed = null;
    }
    if (parsed != null && parsed.isObject()) {
      return (ObjectNode) parsed;
    }
    ObjectNode wrapped = ProviderJson.MAPPER.createObjectNode();
    return parsed == null ? wrapped.put("result", result) : wrapped.set("result", parsed);
  }

  /** Ids Gemini itself gave to function calls (Gemini 3); synthesized ids are never sent. */
  private static Set<String> callIdsInState(List<ChatMessage> messages) {
    Set<String> ids = new HashSet<>();
    for (ChatMessage message : messages) {
      if (message.role() == ChatMessage.Role.ASSISTANT && isGeminiState(message.providerState())) {
        for (Map<String, Object> part : message.providerState()) {
          Object call = part.get("functionCall");
          if (call instanceof Map && ((Map<?, ?>) call).get("id") instanceof String) {
            ids.add((String) ((Map<?, ?>) call).get("id"));
          }
        }
      }
    }
    return ids;
  }
}
