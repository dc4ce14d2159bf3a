package dev.akmatori.application.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The model's answer to one request: text (possibly empty), tool calls (possibly none), a reasoning
 * summary when the provider returns one, usage, why it stopped, and opaque provider blocks to send
 * back in the next request.
 */
public record ChatResponse(
    String text,
    List<ToolCall> toolCalls,
    String reasoningSummary,
    TokenUsage usage,
    StopReason stopReason,
    List<Map<String, Object>> providerState) {

  /** Why the model stopped, normalised across providers. */
  public enum StopReason {
    /** A final answer ({@code stop}, {@code end_turn}, {@code STOP}). */
    END_TURN,
    /** It wants the tool calls answered. */
    TOOL_CALLS,
    /** The output token cap cut it ({@code length}, {@code max_tokens}, {@code MAX_TOKENS}). */
    MAX_TOKENS,
    /** A safety or content filter stopped it. */
    CONTENT_FILTER,
    /** Anything else the provider reported. */
    OTHER
  }

  public ChatResponse {
    text = text == null ? "" : text;
    toolCalls = List.copyOf(toolCalls);
    reasoningSummary = reasoningSummary == null ? "" : reasoningSummary;
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(stopReason, "stopReason");
    providerState = List.copyOf(providerState);
  }

  public boolean wantsTools() {
    return !toolCalls.isEmpty();
  }
}
