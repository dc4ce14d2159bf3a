package dev.akmatori.adapter.llm.provider;

import dev.akmatori.adapter.llm.testing.TestEndpoints;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;

class OpenRouterChatModelConformanceTest extends ChatCompletionsConformanceContract {
  @Override
  protected ModelEndpoint endpoint(String origin) {
    return TestEndpoints.of(LlmProvider.OPENROUTER, "openai/gpt-5.5", origin + "/v1", ThinkingLevel.MEDIUM);
  }

  @Override
  protected String toolCallFixture() {
    return "conformance/openrouter-tool-call.json";
  }

  @Override
  protected String answerFixture() {
    return "conformance/openrouter-answer.json";
  }

  @Override
  protected TokenUsage expectedToolCallUsage() {
    return new TokenUsage(1802, 58);
  }

  @Override
  protected TokenUsage expectedAnswerUsage() {
    return new TokenUsage(1911, 203);
  }
}
