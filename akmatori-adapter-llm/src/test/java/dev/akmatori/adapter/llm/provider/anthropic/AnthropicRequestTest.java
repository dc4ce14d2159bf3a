package dev.akmatori.adapter.llm.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.http.HttpReply;
import dev.akmatori.adapter.llm.testing.Bodies;
import dev.akmatori.adapter.llm.testing.Fixtures;
import dev.akmatori.adapter.llm.testing.Incidents;
import dev.akmatori.adapter.llm.testing.TestEndpoints;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.application.model.ModelEndpoint;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.ThinkingLevel;
import dev.akmatori.domain.shared.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the Anthropic model sends, captured at the transport seam. */
class AnthropicRequestTest {
  private static final String MODEL = "claude-sonnet-4-6";

  private final List<Request> sent = new ArrayList<>();

  private static ModelEndpoint endpoint(String baseUrl, ThinkingLevel level) {
    return TestEndpoints.of(LlmProvider.ANTHROPIC, MODEL, baseUrl, level);
  }

  private void call(ModelEndpoint endpoint, ChatRequest request) {
    AnthropicChatModel model =
        new AnthropicChatModel(
            endpoint,
            (http, cancellation) -> {
              sent.add(http);
              return new HttpReply(200, Headers.of(), Fixtures.read("anthropic/messages-plain-answer.json"));
            });
    model.complete(request, Cancellation.NONE);
  }

  private JsonNode body(int index) {
    return Bodies.json(sent.get(index));
  }

  /** The thinking turn of the fixture with both its tool calls answered. */
  private static ChatRequest toolTurn() {
    ChatResponse turn = MessagesReply.read(Fixtures.read("anthropic/messages-thinking-two-tool-uses.json"));
    return Incidents.answered(Incidents.opening(), turn, Incidents.DF_OUTPUT, "{\"results\":[]}");
  }

  @Test
  void aToolTurnWithThinking_isSentAsMessagesJson_thinkingBlockFirst_resultsInOneUserMessage() {
    call(endpoint("", ThinkingLevel.MEDIUM), toolTurn());

    assertThat(body(0)).isEqualTo(Bodies.fixture("anthropic/request-tool-turn.json"));
  }

  @Test
  void itIsAJsonPost_toV1Messages_withTheKeyAndTheApiVersion() {
    call(endpoint("", ThinkingLevel.MEDIUM), Incidents.question("hi"));

    Request request = sent.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.url().toString()).isEqualTo("https://api.anthropic.com/v1/messages");
    assertThat(request.header("x-api-key")).isEqualTo(TestEndpoints.KEY);
    assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(request.header("Authorization")).isNull();
    assertThat(request.body().contentType().toString()).isEqualTo("application/json");
  }

  @ParameterizedTest(name = "base_url \"{0}\" posts to {1}")
  @CsvSource({
    "'', https://api.anthropic.com/v1/messages",
    "https://llm-gw.corp/anthropic, https://llm-gw.corp/anthropic/v1/messages",
    "https://llm-gw.corp/anthropic/, https://llm-gw.corp/anthropic/v1/messages",
    "https://llm-gw.corp/anthropic/v1, https://llm-gw.corp/anthropic/v1/messages",
    "https://llm-gw.corp/anthropic/v1/, https://llm-gw.corp/anthropic/v1/messages"
  })
  void theContractsBaseUrlExamples_postToTheirRequestUrls_withV1NeverDoubled(String base, String url) {
    call(endpoint(base, ThinkingLevel.MEDIUM), Incidents.question("hi"));

    assertThat(sent.get(0).url().toString()).isEqualTo(url);
  }

  @ParameterizedTest(name = "{0}: budget_tokens {1}, max_tokens {2}")
  @CsvSource({"MINIMAL, 1024, 9216", "LOW, 2048, 10240", "MEDIUM, 8192, 16384", "HIGH, 16384, 24576", "XHIGH, 32768, 40960"})
  void eachThinkingLevel_enablesThinkingWithItsBudget_andMaxTokensIsTheBudgetPlus8192(
      ThinkingLevel level, int budget, int maxTokens) {
    call(endpoint("", level), Incidents.question("hi"));

    assertThat(body(0).path("thinking").toString())
        .isEqualTo("{\"type\":\"enabled\",\"budget_tokens\":" + budget + "}");
    assertThat(body(0).path("max_tokens").asInt()).isEqualTo(maxTokens);
  }

  @Test
  void thinkingOff_sendsNoThinking_andMaxTokens8192() {
    call(endpoint("", ThinkingLevel.OFF), Incidents.question("hi"));

    assertThat(body(0).has("thinking")).isFalse();
    assertThat(body(0).path("max_tokens").asInt()).isEqualTo(8192);
  }

  @Test
  void aRequestsOwnOutputCap_replacesThe8192OfRoomForTheAnswer_onTopOfTheBudget() {
    ChatRequest capped = new ChatRequest("", List.of(ChatMessage.user("title?")), List.of(), 64);

    call(endpoint("", ThinkingLevel.LOW), capped);
    call(endpoint("", ThinkingLevel.OFF), capped);

    assertThat(body(0).path("max_tokens").asInt()).isEqualTo(2048 + 64);
    assertThat(body(1).path("max_tokens").asInt()).isEqualTo(64);
  }

  @Test
  void withoutFunctionsOrSystemPrompt_toolsAndSystemAreLeftOut() {
    call(endpoint("", ThinkingLevel.MEDIUM), Incidents.question("hi"));

    JsonNode body = body(0);
    assertThat(body.has("tools")).isFalse();
    assertThat(body.has("tool_choice")).isFalse();
    assertThat(body.has("system")).isFalse();
    assertThat(body.path("messages").toString())
        .isEqualTo("[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}]");
  }

  @Test
  void theFinalCallWithoutFunctions_afterToolTurns_offersAPlaceholderThatCannotBeCalled() {
    ChatRequest turn = toolTurn();
    List<ChatMessage> messages = new ArrayList<>(turn.messages());
    messages.add(ChatMessage.user("Budget reached: give your best answer so far."));

    call(endpoint("", ThinkingLevel.MEDIUM), new ChatRequest(turn.systemPrompt(), messages, List.of(), 0));

    JsonNode body = body(0);
    assertThat(body.path("tools")).hasSize(1);
    assertThat(body.path("tools").path(0).path("name").asText()).isEqualTo("no_function_available");
    assertThat(body.path("tool_choice").toString()).isEqualTo("{\"type\":\"none\"}");
    // The closing question joins the tool results' user turn, after them.
    JsonNode last = body.path("messages").path(2);
    assertThat(body.path("messages")).hasSize(3);
    assertThat(last.path("content")).extracting(block -> block.path("type").asText())
        .containsExactly("tool_result", "tool_result", "text");
  }

  @Test
  void consecutiveMessagesOfOneRole_becomeOneTurn_andEmptyTextBlocksAreLeftOut() {
    ChatResponse empty = new ChatResponse("", List.of(), "", TokenUsage.NONE, StopReason.OTHER, List.of());
    ChatRequest request =
        new ChatRequest(
            "s",
            List.of(
                ChatMessage.user("first"),
                ChatMessage.user(""),
                ChatMessage.user("second"),
                ChatMessage.assistant(empty),
                ChatMessage.assistant(
                    new ChatResponse("noted", List.of(), "", TokenUsage.NONE, StopReason.END_TURN, List.of())),
                ChatMessage.user("third")),
            List.of(),
            0);

    call(endpoint("", ThinkingLevel.OFF), request);

    assertThat(body(0).path("messages").toString())
        .isEqualTo(
            "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"first\"},{\"type\":\"text\",\"text\":\"second\"}]},"
                + "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"noted\"}]},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"third\"}]}]");
  }

  @Test
  void reasoningStateOfAnotherProvider_isNotSentToAnthropic() {
    Map<String, Object> openRouterDetail = Map.of("type", "reasoning.encrypted", "data", "CiQBjz1r");
    ToolCall call = ToolCall.of("toolu_1", "search_runbooks", Map.of("query", "disk"));
    ChatResponse turn =
        new ChatResponse("", List.of(call), "", TokenUsage.NONE, StopReason.TOOL_CALLS, List.of(openRouterDetail));

    call(endpoint("", ThinkingLevel.OFF), Incidents.answered(Incidents.question("u"), turn, "{}"));

    assertThat(body(0).path("messages").path(1).path("content")).extracting(b -> b.path("type").asText())
        .containsExactly("tool_use");
  }

  @Test
  void aCallWithUnreadableInput_goesBackWithAnEmptyInputObject() {
    ToolCall broken = new ToolCall("toolu_1", "search_runbooks", Map.of(), "input must be a JSON object");
    ChatResponse turn = new ChatResponse("", List.of(broken), "", TokenUsage.NONE, StopReason.TOOL_CALLS, List.of());

    call(endpoint("", ThinkingLevel.OFF), Incidents.answered(Incidents.question("u"), turn, "{\"error\":\"bad\"}"));

    assertThat(body(0).path("messages").path(1).path("content").path(0).path("input").toString()).isEqualTo("{}");
  }

  @Test
  void aFunctionWithoutParameters_offersAnEmptyObjectSchema() {
    FunctionSpec none = new FunctionSpec("list_context_files", "List context files.", Map.of());

    call(endpoint("", ThinkingLevel.OFF), new ChatRequest("s", List.of(ChatMessage.user("u")), List.of(none), 0));

    assertThat(body(0).path("tools").path(0).toString())
        .isEqualTo("{\"name\":\"list_context_files\",\"description\":\"List context files.\","
            + "\"input_schema\":{\"properties\":{},\"type\":\"object\"}}");
  }

  @Test
  void aKeylessGateway_getsNoApiKeyHeader() {
    ModelEndpoint keyless =
        new ModelEndpoint(LlmProvider.ANTHROPIC, MODEL, Secret.empty(), ThinkingLevel.OFF, "https://llm-gw.corp/anthropic", Optional.empty());

    call(keyless, Incidents.question("hi"));

    assertThat(sent.get(0).header("x-api-key")).isNull();
    assertThat(sent.get(0).header("anthropic-version")).isEqualTo("2023-06-01");
  }

  @Test
  void anEmptyModel_orABaseUrlThatIsNotHttp_isRejectedWhenTheModelIsBuilt() {
    assertThatThrownBy(() -> new AnthropicChatModel(endpointWithModel(" "), (r, c) -> null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("anthropic: a model is required");
    assertThatThrownBy(() -> new AnthropicChatModel(endpoint("ftp://llm-gw.corp", ThinkingLevel.OFF), (r, c) -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("anthropic: base_url must be an absolute http or https URL");
  }

  private static ModelEndpoint endpointWithModel(String model) {
    return TestEndpoints.of(LlmProvider.ANTHROPIC, model, "", ThinkingLevel.OFF);
  }
}
