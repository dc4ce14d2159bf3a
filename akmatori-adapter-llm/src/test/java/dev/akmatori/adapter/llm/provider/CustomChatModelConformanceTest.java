package dev.akmatori.adapter.llm.provider;

import dev.akmatori.adapter.llm.testing.TestEndpoints;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;

class CustomChatModelConformanceTest extends ChatCompletionsConformanceContract {
  @Override
  protected ModelEndpoint endpoint(String origin) {
    return TestEndpoints.of(LlmProvider.CUSTOM, "Qwen/Qwen3-32B", origin + "/v1", ThinkingLevel.LOW);
  }

  @Override
  protected String toolCallFixture() {
    return "conformance/vllm-tool-call.json";
  }

  @Override
  protected String answerFixture() {
    return "conformance/vllm-answer.json";
  }

  @Override
  protected TokenUsage expectedToolCallUsage() {
    return new TokenUsage(1655, 64);
  }

  @Override
  protected TokenUsage expectedAnswerUsage() {
    return new TokenUsage(1788, 209);
  }
}
