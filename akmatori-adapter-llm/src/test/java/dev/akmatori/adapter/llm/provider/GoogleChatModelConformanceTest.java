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

class GoogleChatModelConformanceTest extends ChatModelConformanceContract {
  @Override
  protected ModelEndpoint endpoint(String origin) {
    return TestEndpoints.of(LlmProvider.GOOGLE, "gemini-3-pro-preview", origin + "/v1beta", ThinkingLevel.MEDIUM);
  }

  @Override
  protected String toolCallFixture() {
    return "google/generate-function-call.json";
  }

  @Override
  protected String answerFixture() {
    return "google/generate-answer.json";
  }

  @Override
  protected String expectedPath() {
    return "/v1beta/models/gemini-3-pro-preview:generateContent";
  }

  @Override
  protected Map.Entry<String, String> expectedAuth() {
    return header("x-goog-api-key", key());
  }

  @Override
  protected TokenUsage expectedToolCallUsage() {
    return new TokenUsage(1790, 38 + 103);
  }

  @Override
  protected TokenUsage expectedAnswerUsage() {
    return new TokenUsage(1864, 52 + 96);
  }

  @Override
  protected List<String> offeredFunctions(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.path("tools").path(0).path("functionDeclarations").forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  /** Gemini answers calls by name (its 2.x calls have no id); the model turn must precede it. */
  @Override
  protected Optional<JsonNode> toolResult(JsonNode body, ToolCall call) {
    JsonNode contents = body.path("contents");
    for (int i = 1; i < contents.size(); i++) {
      for (JsonNode part : contents.get(i).path("parts")) {
        JsonNode response = part.path("functionResponse");
        if (call.name().equals(response.path("name").asText()) && calledBefore(contents.get(i - 1), call)) {
          return Optional.of(response.path("response"));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean calledBefore(JsonNode modelTurn, ToolCall call) {
    for (JsonNode part : modelTurn.path("parts")) {
      if (call.name().equals(part.path("functionCall").path("name").asText())) {
        return "model".equals(modelTurn.path("role").asText());
      }
    }
    return false;
  }
}
