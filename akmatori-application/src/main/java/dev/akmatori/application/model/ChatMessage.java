package dev.akmatori.application.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message of the conversation. {@code USER} carries text; {@code ASSISTANT} carries text and/or
 * tool calls plus {@code providerState} (opaque provider blocks — Anthropic thinking blocks with
 * signatures, Gemini parts with {@code thoughtSignature} — that the same provider must get back
 * verbatim); {@code TOOL} answers one tool call by id with a JSON text result.
 */
public record ChatMessage(
    Role role,
    String text,
    List<ToolCall> toolCalls,
    String toolCallId,
    String toolName,
    List<Map<String, Object>> providerState) {

  /** Who speaks. */
  public enum Role {
    USER,
    ASSISTANT,
    TOOL
  }

  public ChatMessage {
    Objects.requireNonNull(role, "role");
    text = text == null ? "" : text;
    toolCalls = List.copyOf(toolCalls);
    providerState = List.copyOf(providerState);
    if (role == Role.TOOL && (toolCallId == null || toolName == null)) {
      throw new IllegalArgumentException("a tool message answers a call id and a tool name");
    }
  }

  public static ChatMessage user(String text) {
    return new ChatMessage(Role.USER, text, List.of(), null, null, List.of());
  }

  /** The assistant turn as the model returned it, for the next request. */
  public static ChatMessage assistant(ChatResponse response) {
    return new ChatMessage(
        Role.ASSISTANT, response.text(), response.toolCalls(), null, null, response.providerState());
  }

  /** The result of {@code call}: a JSON text (an object with {@code error} for failures). */
  public static ChatMessage toolResult(ToolCall call, String resultJson) {
    return new ChatMessage(Role.TOOL, resultJson, List.of(), call.id(), call.name(), List.of());
  }
}
