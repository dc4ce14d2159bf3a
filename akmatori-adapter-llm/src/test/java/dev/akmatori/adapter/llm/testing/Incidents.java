package dev.akmatori.adapter.llm.testing;

import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.FunctionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The functions and requests of a disk-full investigation, for every provider's tests. */
public final class Incidents {
  public static final String SYSTEM = "You are the incident manager. Investigate with the tools offered.";
  public static final String TASK = "Investigate: disk usage above 95% on db-01";
  public static final String DF_OUTPUT =
      "{\"output\":\"Filesystem Size Used Avail Use% Mounted on\\n/dev/sdb1 500G 489G 11G 98% /var/lib/postgresql\"}";

  private Incidents() {}

  public static FunctionSpec ssh() {
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

  public static FunctionSpec searchRunbooks() {
    return new FunctionSpec(
        "search_runbooks",
        "Search runbooks by keywords.",
        Map.of(
            "type", "object",
            "properties", Map.of("query", Map.of("type", "string")),
            "required", List.of("query")));
  }

  /** The run's first request: system prompt, task, both functions offered. */
  public static ChatRequest opening() {
    return new ChatRequest(SYSTEM, List.of(ChatMessage.user(TASK)), List.of(ssh(), searchRunbooks()), 0);
  }

  /** {@code before} followed by the model's turn and one result per call, as the agent loop builds it. */
  public static ChatRequest answered(ChatRequest before, ChatResponse turn, String... results) {
    List<ChatMessage> messages = new ArrayList<>(before.messages());
    messages.add(ChatMessage.assistant(turn));
    for (int i = 0; i < turn.toolCalls().size(); i++) {
      messages.add(ChatMessage.toolResult(turn.toolCalls().get(i), results[i]));
    }
    return new ChatRequest(before.systemPrompt(), messages, before.functions(), before.maxOutputTokens());
  }

  public static ChatRequest question(String text) {
    return new ChatRequest("", List.of(ChatMessage.user(text)), List.of(), 0);
  }
}
