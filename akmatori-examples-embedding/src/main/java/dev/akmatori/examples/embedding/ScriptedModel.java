package dev.akmatori.examples.embedding;

import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link ChatModel} that plays a fixed script instead of calling a provider: each request gets
 * the next turn's answer, built from the request (so a turn can quote a tool's result). It records
 * the requests it was sent. Running out of turns is an error. Thread-safe.
 */
public final class ScriptedModel implements ChatModel {
  /** Tokens every turn reports: 120 in, 30 out. */
  static final TokenUsage USAGE = new TokenUsage(120, 30);

  private final List<Function<ChatRequest, ChatResponse>> turns;
  private final List<ChatRequest> requests = new ArrayList<>();

  public ScriptedModel(List<Function<ChatRequest, ChatResponse>> turns) {
    this.turns = List.copyOf(turns);
  }

  /** Searches the runbooks, reads the host's CPU through the metrics tool, then answers. */
  public static ScriptedModel cpuInvestigation() {
    return new ScriptedModel(List.of(
        request -> calling(ToolCall.of("call-1", "search_runbooks", Map.of("query", "high cpu"))),
        request -> calling(ToolCall.of("call-2", "call_tool",
            Map.of("name", "metrics.cpu_usage", "arguments", Map.of("host", "web-1")))),
        request -> answer("web-1 is CPU-bound (" + lastToolResult(request) + "). Runbook 'High CPU on web"
            + " hosts' applies: restart the worker pool with systemctl restart web-workers.")));
  }

  @Override
  public synchronized ChatResponse complete(ChatRequest request, Cancellation cancellation) {
    if (requests.size() == turns.size()) {
      throw new IllegalStateException("the script has no turn " + (requests.size() + 1));
    }
    requests.add(request);
    return turns.get(requests.size() - 1).apply(request);
  }

  /** Every request the loop sent, in order. */
  public synchronized List<ChatRequest> requests() {
    return List.copyOf(requests);
  }

  static ChatResponse calling(ToolCall call) {
    return new ChatResponse("", List.of(call), "", USAGE, ChatResponse.StopReason.TOOL_CALLS, List.of());
  }

  static ChatResponse answer(String text) {
    return new ChatResponse(text, List.of(), "", USAGE, ChatResponse.StopReason.END_TURN, List.of());
  }

  /** The text of the last tool result in the conversation. */
  static String lastToolResult(ChatRequest request) {
    List<ChatMessage> messages = request.messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).role() == ChatMessage.Role.TOOL) {
        return messages.get(i).text();
      }
    }
    return "no tool result";
  }
}
