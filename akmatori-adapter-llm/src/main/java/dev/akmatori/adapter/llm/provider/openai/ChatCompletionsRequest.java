package dev.akmatori.adapter.llm.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akmatori.adapter.llm.provider.anthropic.ThinkingBudget;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.application.model.ToolCall;
import dev.akmatori.domain.settings.ThinkingLevel;
import java.util.Map;

/** Writes a {@link ChatRequest} as a non-streaming Chat Completions body for one dialect. */
final class ChatCompletionsRequest {
  private ChatCompletionsRequest() {}

  static ObjectNode body(ChatRequest request, OpenAiDialect dialect) {
    ObjectNode root = OpenAiJson.MAPPER.createObjectNode();
    root.put("model", dialect.model());
    ArrayNode messages = root.putArray("messages");
    if (!request.systemPrompt().isEmpty()) {
      messages.addObject().put("role", "system").put("content", request.systemPrompt());
    }
    for (ChatMessage message : request.messages()) {
      messages.add(message(message, dialect));
    }
    if (!request.functions().isEmpty()) {
      ArrayNode tools = root.putArray("tools");
      request.functions().forEach(f -> tools.add(tool(f)));
    }
    if (request.maxOutputTokens() > 0) {
      root.put("max_completion_tokens", request.maxOutputTokens() + reasoningRoom(dialect));
    }
    dialect.reasoningEffort().ifPresent(effort -> root.put("reasoning_effort", effort));
    return root;
  }

  /**
   * Reasoning tokens count against {@code max_completion_tokens}, so when an effort is sent a
   * request's cap on its answer gets that level's thinking budget on top, as Anthropic's and
   * Gemini's caps do (ADR 0007); without it a 50-token title would be spent on reasoning.
   */
  private static int reasoningRoom(OpenAiDialect dialect) {
    return dialect.reasoningEffort()
        .flatMap(ThinkingLevel::fromWire)
        .map(level -> ThinkingBudget.of(level).orElse(0))
        .orElse(0);
  }

  private static ObjectNode message(ChatMessage message, OpenAiDialect dialect) {
    ObjectNode node = OpenAiJson.MAPPER.createObjectNode();
    switch (message.role()) {
      case USER:
        return node.put("role", "user").put("content", message.text());
      case TOOL:
        return node.put("role", "tool")
            .put("tool_call_id", message.toolCallId())
            .put("content", message.text());
      case ASSISTANT:
        return assistant(node, message, dialect);
      default:
        throw new IllegalArgumentException("unknown role " + message.role());
    }
  }

  private static ObjectNode assistant(ObjectNode node, ChatMessage message, OpenAiDialect dialect) {
    node.put("role", "assistant");
    // With tool calls and no text the API expects null content, not "".
    if (message.text().isEmpty() && !message.toolCalls().isEmpty()) {
      node.putNull("content");
    } else {
      node.put("content", message.text());
    }
    if (!message.toolCalls().isEmpty()) {
      ArrayNode calls = node.putArray("tool_calls");
      message.toolCalls().forEach(call -> calls.add(toolCall(call)));
    }
    if (dialect.echoesReasoningDetails() && !message.providerState().isEmpty()) {
      node.set("reasoning_details", OpenAiJson.MAPPER.valueToTree(message.providerState()));
    }
    return node;
  }

  /**
   * Arguments go back as a JSON string of the parsed object; a call whose arguments were unreadable
   * goes back as {@code {}} (its tool result carries the error), because compatible servers that
   * re-parse the history reject invalid JSON there.
   */
  private static ObjectNode toolCall(ToolCall call) {
    JsonNode arguments = OpenAiJson.MAPPER.valueToTree(call.arguments());
    ObjectNode node = OpenAiJson.MAPPER.createObjectNode().put("id", call.id()).put("type", "function");
    node.putObject("function").put("name", call.name()).put("arguments", arguments.toString());
    return node;
  }

  private static ObjectNode tool(FunctionSpec spec) {
    ObjectNode node = OpenAiJson.MAPPER.createObjectNode().put("type", "function");
    ObjectNode function =
        node.putObject("function").put("name", spec.name()).put("description", spec.description());
    Map<String, Object> parameters =
        spec.parameters().isEmpty() ? Map.of("type", "object", "properties", Map.of()) : spec.parameters();
    function.set("parameters", OpenAiJson.MAPPER.valueToTree(parameters));
    return node;
  }
}
