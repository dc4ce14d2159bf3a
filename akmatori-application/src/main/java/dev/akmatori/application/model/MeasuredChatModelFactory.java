package dev.akmatori.application.model;

import dev.akmatori.application.metrics.CallOutcome;
import dev.akmatori.application.metrics.ModelCallMetrics;
import java.time.Duration;

/**
 * A {@link ChatModelFactory} whose models report every call — provider, outcome, the tokens the
 * provider reported, duration with retries — to the {@link ModelCallMetrics}. Whatever a call
 * throws is rethrown unchanged after it is counted as an {@code error}.
 */
public final class MeasuredChatModelFactory implements ChatModelFactory {
  private final ChatModelFactory models;
  private final ModelCallMetrics metrics;

  public MeasuredChatModelFactory(ChatModelFactory models, ModelCallMetrics metrics) {
    this.models = models;
    this.metrics = metrics;
  }

  @Override
  public ChatModel create(ModelEndpoint endpoint, CallLimits limits) {
    ChatModel model = models.create(endpoint, limits);
    String provider = endpoint.provider().wireName();
    return (request, cancellation) -> {
      long start = System.nanoTime();
      TokenUsage usage = TokenUsage.NONE;
      CallOutcome outcome = CallOutcome.ERROR;
      try {
        ChatResponse response = model.complete(request, cancellation);
        usage = response.usage();
        outcome = CallOutcome.SUCCESS;
        return response;
      } finally {
        metrics.modelCalled(
            provider, outcome, usage.inputTokens(), usage.outputTokens(), Duration.ofNanos(System.nanoTime() - start));
      }
    };
  }
}
