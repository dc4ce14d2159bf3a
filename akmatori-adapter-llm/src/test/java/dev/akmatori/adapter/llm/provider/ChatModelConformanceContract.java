package dev.akmatori.adapter.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.http.RetryPolicy;
import dev.akmatori.adapter.llm.testing.Bodies;
import dev.akmatori.adapter.llm.testing.Fixtures;
import dev.akmatori.adapter.llm.testing.Incidents;
import dev.akmatori.adapter.llm.testing.RecordingSleeper;
import dev.akmatori.adapter.llm.testing.TestEndpoints;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.application.model.CallLimits;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatModel;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the agent loop relies on, the same for every provider: built by the factory, driven over
 * HTTP through a two-round tool conversation (the model asks for {@code ssh_execute_command}, then
 * answers), the responses come back normalised and the tool result reaches the second request.
 * One subclass per provider supplies its recorded replies and reads its own request shape.
 */
abstract class ChatModelConformanceContract {
  static final Map<String, Object> DF_ARGUMENTS =
      Map.of("tool_instance_id", 3, "command", "df -h /var/lib/postgresql", "servers", List.of("db-01"));

  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final ProviderChatModelFactory factory =
      new ProviderChatModelFactory(
          new ModelTransports(ModelTransports.defaultClient(), RetryPolicy.DEFAULT, sleeper, Clock.systemUTC(), () -> 0));
  private ChatModel model;

  /** The provider's endpoint, its base URL on {@code origin} ({@code http://localhost:<port>}). */
  protected abstract ModelEndpoint endpoint(String origin);

  /** Recorded replies: the model asking for the tool, then its final answer. */
  protected abstract String toolCallFixture();

  protected abstract String answerFixture();

  protected abstract String expectedPath();

  /** The header that carries the key, with its value. */
  protected abstract Map.Entry<String, String> expectedAuth();

  protected abstract TokenUsage expectedToolCallUsage();

  protected abstract TokenUsage expectedAnswerUsage();

  /** The names of the functions a request body offers, in order. */
  protected abstract List<String> offeredFunctions(JsonNode body);

  /** The result a request body delivers for {@code call}, as JSON; empty when none answers it. */
  protected abstract Optional<JsonNode> toolResult(JsonNode body, ToolCall call);

  /** Both rounds, as the agent loop would run them. */
  private record Conversation(
      ChatResponse first, ChatResponse second, RecordedRequest firstRequest, RecordedRequest secondRequest) {}

  @BeforeEach
  void start() throws IOException {
    TestServers.start(server);
    model = factory.create(endpoint("http://localhost:" + server.getPort()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void enqueue(String fixture) {
    server.enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Fixtures.read(fixture)).build());
  }

  private Conversation converse() throws InterruptedException {
    enqueue(toolCallFixture());
    enqueue(answerFixture());
    ChatRequest opening = Incidents.opening();
    ChatResponse first = model.complete(opening, Cancellation.NONE);
    ChatResponse second = model.complete(Incidents.answered(opening, first, Incidents.DF_OUTPUT), Cancellation.NONE);
    return new Conversation(
        first, second, server.takeRequest(1, TimeUnit.SECONDS), server.takeRequest(1, TimeUnit.SECONDS));
  }

  @Test
  void theFirstRound_asksForTheTool_asOneNormalisedToolCall() throws InterruptedException {
    ChatResponse first = converse().first();

    assertThat(first.stopReason()).isEqualTo(StopReason.TOOL_CALLS);
    assertThat(first.wantsTools()).isTrue();
    assertThat(first.toolCalls()).hasSize(1);
    ToolCall call = first.toolCalls().get(0);
    assertThat(call.id()).isNotBlank();
    assertThat(call.name()).isEqualTo("ssh_execute_command");
    assertThat(call.hasValidArguments()).isTrue();
    assertThat(call.arguments()).isEqualTo(DF_ARGUMENTS);
    assertThat(first.usage()).isEqualTo(expectedToolCallUsage());
  }

  @Test
  void theSecondRound_answersInText_asANormalisedFinalAnswer() throws InterruptedException {
    ChatResponse second = converse().second();

    assertThat(second.stopReason()).isEqualTo(StopReason.END_TURN);
    assertThat(second.wantsTools()).isFalse();
    assertThat(second.text()).startsWith("The disk on db-01 filled up because the WAL archive job");
    assertThat(second.usage()).isEqualTo(expectedAnswerUsage());
  }

  @Test
  void theToolResult_reachesTheSecondRequest_answeringTheCall() throws InterruptedException {
    Conversation c = converse();
    JsonNode second = Bodies.json(c.secondRequest().getBody().utf8());

    assertThat(toolResult(second, c.first().toolCalls().get(0))).contains(Bodies.json(Incidents.DF_OUTPUT));
    assertThat(toolResult(Bodies.json(c.firstRequest().getBody().utf8()), c.first().toolCalls().get(0))).isEmpty();
  }

  @Test
  void bothRounds_postToTheProvidersPath_withItsAuth_offeringTheFunctions_withoutRetries()
      throws InterruptedException {
    Conversation c = converse();

    for (RecordedRequest request : List.of(c.firstRequest(), c.secondRequest())) {
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getTarget()).isEqualTo(expectedPath());
      assertThat(request.getHeaders().get(expectedAuth().getKey())).isEqualTo(expectedAuth().getValue());
      assertThat(offeredFunctions(Bodies.json(request.getBody().utf8())))
          .containsExactly("ssh_execute_command", "search_runbooks");
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  /** A short side call as the model title makes it (contract §5.2): no functions, 50 tokens. */
  private static final ChatRequest TITLE =
      new ChatRequest("Write a title.", List.of(ChatMessage.user("Disk full on web-1, please check")), List.of(), 50);

  @Test
  void aSingleAttemptModel_givesUpOnTheFirstRetryableFailure_withoutWaiting_andOffersNoFunctions()
      throws InterruptedException {
    server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":{\"message\":\"overloaded\"}}").build());
    ChatModel single = factory.create(endpoint("http://localhost:" + server.getPort()), CallLimits.singleAttempt(Duration.ofSeconds(30)));

    ModelCallException failure = catchThrowableOfType(() -> single.complete(TITLE, Cancellation.NONE), ModelCallException.class);

    assertThat(failure.status()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
    assertThat(offeredFunctions(Bodies.json(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8()))).isEmpty();
  }

  @Test
  void aSingleAttemptModel_abandonsAReplyThatComesAfterItsTimeout_asANetworkError() {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(Fixtures.read(answerFixture()))
            .headersDelay(10, TimeUnit.SECONDS)
            .build());
    ChatModel single = factory.create(endpoint("http://localhost:" + server.getPort()), CallLimits.singleAttempt(Duration.ofMillis(300)));

    ModelCallException failure = catchThrowableOfType(() -> single.complete(TITLE, Cancellation.NONE), ModelCallException.class);

    assertThat(failure.status()).isZero();
    assertThat(failure.getMessage()).startsWith("LLM request failed: network error");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  /** Parses a provider's text tool result; anything that is not JSON stays text. */
  static JsonNode jsonOrText(String content) {
    try {
      return Bodies.json(content);
    } catch (IllegalArgumentException notJson) {
      return TextNode.valueOf(content);
    }
  }

  static Map.Entry<String, String> header(String name, String value) {
    return Map.entry(name, value);
  }

  static String key() {
    return TestEndpoints.KEY;
  }
}
