package dev.akmatori.application.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.metrics.RecordingMetrics;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MeasuredChatModelFactoryTest {
  private static final ChatRequest REQUEST = new ChatRequest("system", List.of(ChatMessage.user("hi")), List.of(), 0);

  private final RecordingMetrics metrics = new RecordingMetrics();
  private final AtomicReference<ChatModel> provider = new AtomicReference<>();
  private final AtomicReference<CallLimits> limitsSeen = new AtomicReference<>();
  private final ChatModelFactory measured = new MeasuredChatModelFactory((endpoint, limits) -> {
    limitsSeen.set(limits);
    return provider.get();
  }, metrics);

  private static ModelEndpoint endpoint(LlmProvider provider) {
    return new ModelEndpoint(provider, "model", Secret.of("sk-test-key"), ThinkingLevel.MEDIUM, "", Optional.empty());
  }

  @Test
  void anAnswer_isASuccessOfItsProvider_withTheReportedTokens() {
    ChatResponse answer =
        new ChatResponse("done", List.of(), "", new TokenUsage(120, 30), ChatResponse.StopReason.END_TURN, List.<Map<String, Object>>of());
    provider.set((request, cancellation) -> answer);

    ChatResponse response = measured.create(endpoint(LlmProvider.ANTHROPIC)).complete(REQUEST, Cancellation.NONE);

    assertThat(response).isSameAs(answer);
    assertThat(metrics.events()).containsExactly("model anthropic success 120+30");
    assertThat(metrics.durations()).singleElement().satisfies(d -> assertThat(d.isNegative()).isFalse());
  }

  @Test
  void theCallLimitsReachTheProvidersFactory_unchanged() {
    CallLimits title = CallLimits.singleAttempt(java.time.Duration.ofSeconds(30));

    measured.create(endpoint(LlmProvider.OPENAI), title);
    assertThat(limitsSeen).hasValue(title);
    measured.create(endpoint(LlmProvider.OPENAI));
    assertThat(limitsSeen).hasValue(CallLimits.AGENT);
  }

  @Test
  void aFailedOrCancelledCall_isAnErrorWithoutTokens_rethrownUnchanged() {
    provider.set((request, cancellation) -> {
      throw new ModelCallException(429, "rate limited", null);
    });
    ChatModel failing = measured.create(endpoint(LlmProvider.OPENROUTER));
    provider.set((request, cancellation) -> {
      throw new CancellationException("cancelled");
    });
    ChatModel cancelled = measured.create(endpoint(LlmProvider.GOOGLE));

    assertThatThrownBy(() -> failing.complete(REQUEST, Cancellation.NONE))
        .isInstanceOf(ModelCallException.class).hasMessage("LLM request failed: 429 rate limited");
    assertThatThrownBy(() -> cancelled.complete(REQUEST, Cancellation.NONE)).isInstanceOf(CancellationException.class);

    assertThat(metrics.events()).containsExactly("model openrouter error 0+0", "model google error 0+0");
  }
}
