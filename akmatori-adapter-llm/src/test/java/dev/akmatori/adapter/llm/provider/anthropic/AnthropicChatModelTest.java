package dev.akmatori.adapter.llm.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.testing.Bodies;
import dev.akmatori.adapter.llm.testing.Incidents;
import dev.akmatori.adapter.llm.testing.ProviderServer;
import dev.akmatori.adapter.llm.testing.RecordingSleeper;
import dev.akmatori.adapter.llm.testing.TestEndpoints;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Anthropic client over real HTTP: MockWebServer plays Messages API replies. */
class AnthropicChatModelTest {
  @RegisterExtension final ProviderServer provider = new ProviderServer("anthropic", "application/json");
  private final MockWebServer server = provider.server();
  private final RecordingSleeper sleeper = provider.sleeper();
  private ChatModel model;

  @BeforeEach
  void start() {
    // A gateway base that already ends in /v1, with a trailing slash: neither doubled nor kept.
    String base = provider.url("/anthropic/v1/");
    model =
        new AnthropicChatModel(
            TestEndpoints.of(LlmProvider.ANTHROPIC, "claude-sonnet-4-6", base, ThinkingLevel.MEDIUM),
            provider.transport());
  }

  private ModelCallException failure() {
    return catchThrowableOfType(
        ModelCallException.class, () -> model.complete(Incidents.question("why?"), Cancellation.NONE));
  }

  @Test
  void aRequest_travelsOverHttp_toMessages_withKeyVersionAndJsonContentType() throws InterruptedException {
    provider.reply(200, "messages-plain-answer.json");

    ChatResponse response = model.complete(Incidents.opening(), Cancellation.NONE);

    assertThat(response.text()).startsWith("The disk on db-01 filled up");
    RecordedRequest seen = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(seen.getMethod()).isEqualTo("POST");
    assertThat(seen.getTarget()).isEqualTo("/anthropic/v1/messages");
    assertThat(seen.getHeaders().get("x-api-key")).isEqualTo(TestEndpoints.KEY);
    assertThat(seen.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(seen.getHeaders().get("content-type")).isEqualTo("application/json");
  }

  @Test
  void aThinkingTurn_goesBackInTheNextRequest_withTheSignedBlockVerbatimBeforeItsToolUses()
      throws InterruptedException {
    provider.reply(200, "messages-thinking-two-tool-uses.json");
    provider.reply(200, "messages-plain-answer.json");

    ChatResponse first = model.complete(Incidents.opening(), Cancellation.NONE);
    ChatRequest next = Incidents.answered(Incidents.opening(), first, Incidents.DF_OUTPUT, "{\"results\":[]}");
    ChatResponse second = model.complete(next, Cancellation.NONE);

    assertThat(second.stopReason()).isEqualTo(StopReason.END_TURN);
    provider.nextBody();
    JsonNode messages = provider.nextBody().path("messages");
    JsonNode recorded = Bodies.fixture("anthropic/messages-thinking-two-tool-uses.json").path("content");
    JsonNode assistant = messages.path(1);
    assertThat(assistant.path("role").asText()).isEqualTo("assistant");
    assertThat(assistant.path("content")).containsExactly(recorded.get(0), recorded.get(1), recorded.get(2), recorded.get(3));
    assertThat(messages.path(2).path("content")).extracting(b -> b.path("tool_use_id").asText())
        .containsExactly("toolu_01D7FLrfh4GYq7yT1ULFeyMV", "toolu_01QH8mXv2Zk5Rn9Wt3Yb6Pce");
  }

  @Test
  void aRedactedThinkingBlock_goesBackVerbatim_inItsPlaceAfterTheThinkingBlock() throws InterruptedException {
    provider.reply(200, "messages-redacted-thinking.json");
    provider.reply(200, "messages-plain-answer.json");

    ChatResponse first = model.complete(Incidents.opening(), Cancellation.NONE);
    model.complete(Incidents.answered(Incidents.opening(), first, "{\"archived_count\":0}"), Cancellation.NONE);

    provider.nextBody();
    JsonNode assistant = provider.nextBody().path("messages").path(1).path("content");
    JsonNode recorded = Bodies.fixture("anthropic/messages-redacted-thinking.json").path("content");
    assertThat(assistant).containsExactly(recorded.get(0), recorded.get(1), recorded.get(2));
  }

  @Test
  void a529Overloaded_isRetriedAfterItsRetryAfter_thenSucceeds() {
    provider.reply(529, "error-529-overloaded.json", "retry-after", "2");
    provider.reply(200, "messages-tool-use.json");

    ChatResponse response = model.complete(Incidents.opening(), Cancellation.NONE);

    assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_CALLS);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void overloadedFourTimes_givesUpAfterThreeRetries_withStatus529AndItsMessage() {
    for (int i = 0; i < 4; i++) {
      provider.reply(529, "error-529-overloaded.json");
    }

    ModelCallException e = failure();

    assertThat(e.status()).isEqualTo(529);
    assertThat(e.getMessage()).isEqualTo("LLM request failed: 529 Overloaded");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void anInvalidRequest_failsAtOnce_withTheErrorMessageOfTheBody() {
    provider.reply(400, "error-400-invalid-request.json");

    ModelCallException e = failure();

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.getMessage())
        .isEqualTo("LLM request failed: 400 max_tokens: 64000 > 32000, which is the maximum allowed number of "
            + "output tokens for claude-opus-4-1-20250805");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aWrongKey_failsAtOnce_with401_andNeverShowsTheKey() {
    provider.reply(401, "error-401-authentication.json");

    ModelCallException e = failure();

    assertThat(e.getMessage()).isEqualTo("LLM request failed: 401 invalid x-api-key").doesNotContain(TestEndpoints.KEY);
  }

  @Test
  void a200ThatIsNotAMessage_isACallFailure() {
    server.enqueue(new MockResponse.Builder().body("<html>maintenance</html>").build());

    assertThat(failure().getMessage()).isEqualTo("LLM request failed: 200 response is not JSON");
  }

  @Test
  void theModel_printsItsEndpoint_withTheKeyMasked() {
    assertThat(model.toString())
        .contains("model=claude-sonnet-4-6", "/anthropic/v1/messages", "key=****9f3a")
        .doesNotContain(TestEndpoints.KEY);
  }
}
