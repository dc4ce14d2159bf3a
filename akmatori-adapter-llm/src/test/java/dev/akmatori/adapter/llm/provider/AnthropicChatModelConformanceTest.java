package dev.akmatori.adapter.llm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.testing.TestEndpoints;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class AnthropicChatModelConformanceTest extends ChatModelConformanceContract {
  @Override
  protected ModelEndpoint endpoint(String origin) {
    return TestEndpoints.of(LlmProvider.ANTHROPIC, "claude-sonnet-4-6", origin, ThinkingLevel.MEDIUM);
  }

  @Override
  protected String toolCallFixture() {
    return "anthropic/messages-tool-use.json";
  }

  @Override
  protected String answerFixture() {
    return "anthropic/messages-plain-answer.json";
  }

  @Override
  protected String expectedPath() {
    return "/v1/messages";
  }

  @Override
  protected Map.Entry<String, String> expectedAuth() {
    return header("x-api-key", key());
  }

  @Override
  protected TokenUsage expectedToolCallUsage() {
    return new TokenUsage(1790, 96);
  }

  @Override
  protected TokenUsage expectedAnswerUsage() {
    return new TokenUsage(2214, 187);
  }

  @Override
  protected List<String> offeredFunctions(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.path("tools").forEach(tool -> names.add(tool.path("name").asText()));
    return names;
  }

  @Override
  protected Optional<JsonNode> toolResult(JsonNode body, ToolCall call) {
    for (JsonNode message : body.path("messages")) {
      for (JsonNode block : message.path("content")) {
        if ("tool_result".equals(block.path("type").asText()) && call.id().equals(block.path("tool_use_id").asText())) {
          return Optional.of(jsonOrText(block.path("content").asText()));
        }
      }
    }
    return Optional.empty();
  }
}
