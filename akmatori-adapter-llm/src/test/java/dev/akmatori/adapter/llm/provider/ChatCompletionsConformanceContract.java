package dev.akmatori.adapter.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.application.model.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the conformance suite reads a Chat Completions request (openai, openrouter, custom). */
abstract class ChatCompletionsConformanceContract extends ChatModelConformanceContract {
  @Override
  protected String expectedPath() {
    return "/v1/chat/completions";
  }

  @Override
  protected Map.Entry<String, String> expectedAuth() {
    return header("Authorization", "Bearer " + key());
  }

  @Override
  protected List<String> offeredFunctions(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.path("tools").forEach(tool -> names.add(tool.path("function").path("name").asText()));
    return names;
  }

  @Override
  protected Optional<JsonNode> toolResult(JsonNode body, ToolCall call) {
    for (JsonNode message : body.path("messages")) {
      if ("tool".equals(message.path("role").asText()) && call.id().equals(message.path("tool_call_id").asText())) {
        return Optional.of(jsonOrText(message.path("content").asText()));
      }
    }
    return Optional.empty();
  }
}
