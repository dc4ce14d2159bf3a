package dev.akmatori.application.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one model call needs: the system prompt, the conversation so far, the functions offered
 * (empty for the final "best answer so far" call) and a cap on output tokens (0 = provider default).
 */
public record ChatRequest(
    String systemPrompt, List<ChatMessage> messages, List<FunctionSpec> functions, int maxOutputTokens) {

  public ChatRequest {
    Objects.requireNonNull(systemPrompt, "systemPrompt");
    messages = List.copyOf(messages);
    functions = List.copyOf(functions);
    if (maxOutputTokens < 0) {
      throw new IllegalArgumentException("maxOutputTokens must not be negative");
    }
  }
}
