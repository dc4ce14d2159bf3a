package dev.akmatori.adapter.llm.provider.openai;

import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Requests of an investigation in progress, as the agent loop builds them. */
final class Conversations {
  static final ToolCall DF =
      ToolCall.of(
          "call_A1bC2dE3fG4hI5jK6lM7nO8p",
          "ssh_execute_command",
          orderedMap("tool_instance_id", 3, "servers", List.of("db-01"), "command", "df -h"));
  static final ToolCall SEARCH =
      ToolCall.of("call_Q9rS8tU7vW6xY5zA4bC3dE2f", "search_runbooks", Map.of("query", "disk full"));

  private Conversations() {}

  static FunctionSpec ssh() {
    return new FunctionSpec(
        "ssh_execute_command",
        "Run a read-only shell command on one or more servers.",
        Map.of(
            "type", "object",
            "properties",
                Map.of(
                    "command", Map.of("type", "string"),
                    "servers", Map.of("type", "array", "items", Map.of("type", "string")),
                    "tool_instance_id", Map.of("type", "integer")),
            "required", List.of("tool_instance_id", "command")));
  }

  static FunctionSpec searchRunbooks() {
    return new FunctionSpec(
        "search_runbooks",
        "Search runbooks by keywords.",
        Map.of(
            "type", "object",
            "properties", Map.of("query", Map.of("type", "string")),
            "required", List.of("query")));
  }

  /** System prompt, task, an assistant turn with two tool calls, their results, a text turn. */
  static ChatRequest toolTurn() {
    ChatResponse calls =
        new ChatResponse("", List.of(DF, SEARCH), "", new TokenUsage(10, 5), StopReason.TOOL_CALLS, List.of());
    return new ChatRequest(
        "You are the incident manager. Investigate with the tools offered.",
        List.of(
            ChatMessage.user("Investigate: disk usage above 95% on db-01"),
            ChatMessage.assistant(calls),
            ChatMessage.toolResult(DF, "{\"output\":\"/dev/sda1 99% /\"}"),
            ChatMessage.toolResult(SEARCH, "{\"results\":[]}"),
            ChatMessage.assistant(
                new ChatResponse(
                    "The root filesystem is full; checking what grew.",
                    List.of(),
                    "",
                    TokenUsage.NONE,
                    StopReason.END_TURN,
                    List.of()))),
        List.of(ssh(), searchRunbooks()),
        4096);
  }

  static ChatRequest question(String text) {
    return new ChatRequest("", List.of(ChatMessage.user(text)), List.of(), 0);
  }

  private static Map<String, Object> orderedMap(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
