package dev.akmatori.adapter.llm.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.akmatori.adapter.llm.testing.Fixtures;
import dev.akmatori.adapter.llm.testing.ProviderServer;
import dev.akmatori.adapter.llm.testing.RecordingSleeper;
import dev.akmatori.adapter.llm.testing.TestCancellation;
import dev.akmatori.adapter.llm.testing.TestEndpoints;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.domain.settings.LlmProvider;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole client over real HTTP: MockWebServer plays recorded provider replies. */
class OpenAiChatModelTest {
  @RegisterExtension final ProviderServer provider = new ProviderServer("openai", "application/json");
  private final MockWebServer server = provider.server();
  private final RecordingSleeper sleeper = provider.sleeper();
  private ChatModel model;

  @BeforeEach
  void start() {
    // A trailing slash on the base, as users paste it: removed once.
    model = new OpenAiChatModel(TestEndpoints.of(LlmProvider.OPENAI, provider.url("/v1/")), provider.transport());
  }

  private ModelCallException failure() {
    return catchThrowableOfType(
        ModelCallException.class, () -> model.complete(Conversations.question("why?"), Cancellation.NONE));
  }

  @Test
  void aPlainAnswer_travelsOverHttp_toV1ChatCompletions() throws InterruptedException {
    provider.reply(200, "chat-plain-answer.json");

    ChatResponse response = model.complete(Conversations.toolTurn(), Cancellation.NONE);

    assertThat(response.stopReason()).isEqualTo(StopReason.END_TURN);
    assertThat(response.usage().total()).isEqualTo(2046);
    RecordedRequest seen = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(seen.getMethod()).isEqualTo("POST");
    assertThat(seen.getTarget()).isEqualTo("/v1/chat/completions");
    assertThat(seen.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestEndpoints.KEY);
    assertThat(seen.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(seen.getBody().utf8()).contains("\"tool_call_id\":\"call_A1bC2dE3fG4hI5jK6lM7nO8p\"");
  }

  @Test
  void anInvalidRequest_failsAtOnce_withTheStatusAndTheProvidersMessage() {
    provider.reply(400, "error-400-invalid-request.json");

    ModelCallException e = failure();

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.getMessage()).startsWith("LLM request failed: 400 Unsupported value: 'reasoning_effort'");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aWrongKey_failsAtOnce_withStatus401_andNeverShowsTheKey() {
    provider.reply(401, "error-401-invalid-key.json");

    ModelCallException e = failure();

    assertThat(e.status()).isEqualTo(401);
    assertThat(e.getMessage()).startsWith("LLM request failed: 401 Incorrect API key provided");
    assertThat(e.getMessage()).doesNotContain(TestEndpoints.KEY);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a429WithRetryAfter1_isRetriedAfterOneSecond_thenSucceeds() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "1")
            .body(Fixtures.read("openai/error-429-rate-limit.json"))
            .build());
    provider.reply(200, "chat-one-tool-call.json");

    ChatResponse response = model.complete(Conversations.question("why?"), Cancellation.NONE);

    assertThat(response.toolCalls()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void a500FourTimes_givesUpAfterThreeRetries_withStatus500() {
    for (int i = 0; i < 4; i++) {
      provider.reply(500, "error-500-server.json");
    }

    ModelCallException e = failure();

    assertThat(e.status()).isEqualTo(500);
    assertThat(e.getMessage())
        .isEqualTo("LLM request failed: 500 The server had an error while processing your request. Sorry about that!");
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void cancellingMidRequest_throwsCancellationQuickly() {
    server.enqueue(
        new MockResponse.Builder()
            .body(Fixtures.read("openai/chat-plain-answer.json"))
            .headersDelay(120, TimeUnit.SECONDS)
            .build());
    TestCancellation cancellation = new TestCancellation();
    Thread canceller =
        new Thread(
            () -> {
              try {
                server.takeRequest(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              cancellation.cancel();
            });
    canceller.start();
    long started = System.nanoTime();

    assertThatThrownBy(() -> model.complete(Conversations.question("why?"), cancellation))
        .isInstanceOf(CancellationException.class);

    // Seconds of slack for a loaded CI machine, and still far from the 120 s the headers take.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anOpenRouterErrorInsideA200_isACallFailure() {
    provider.reply(200, "openrouter-200-error.json");

    ModelCallException e = failure();

    assertThat(e.getMessage()).isEqualTo("LLM request failed: 200 Provider returned error");
  }

  @Test
  void a200ThatIsNotJson_isACallFailure() {
    server.enqueue(new MockResponse.Builder().body("<html>maintenance</html>").build());

    assertThat(failure().getMessage()).isEqualTo("LLM request failed: 200 response is not JSON");
  }

  @Test
  void anUnreachableServer_failsWithStatus0_afterTheRetries() {
    ChatModel nowhere =
        new OpenAiChatModel(
            TestEndpoints.of(LlmProvider.CUSTOM, "http://127.0.0.1:1/v1"), provider.transport());

    ModelCallException e =
        catchThrowableOfType(
            ModelCallException.class, () -> nowhere.complete(Conversations.question("why?"), Cancellation.NONE));

    assertThat(e.status()).isZero();
    assertThat(e.getMessage()).startsWith("LLM request failed: network error ");
    assertThat(sleeper.waits()).hasSize(3);
  }

  @Test
  void theModel_printsItsEndpoint_withTheKeyMasked() {
    assertThat(model.toString())
        .contains("provider=openai", "model=gpt-5.5", "/v1/chat/completions", "key=****9f3a")
        .doesNotContain(TestEndpoints.KEY);
  }
}
