package dev.akmatori.adapter.llm.provider.google;

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

/** What the Gemini model sends, captured at the transport seam. */
class GeminiRequestTest {
  private static final String GEMINI_3 = "gemini-3-pro-preview";
  private static final String GEMINI_25 = "gemini-2.5-flash";

  private final List<Request> sent = new ArrayList<>();

  private static ModelEndpoint endpoint(String model, String baseUrl, ThinkingLevel level) {
    return TestEndpoints.of(LlmProvider.GOOGLE, model, baseUrl, level);
  }

  private void call(ModelEndpoint endpoint, ChatRequest request) {
    GoogleChatModel model =
        new GoogleChatModel(
            endpoint,
            (http, cancellation) -> {
              sent.add(http);
              return new HttpReply(200, Headers.of(), Fixtures.read("google/generate-answer.json"));
            });
    model.complete(request, Cancellation.NONE);
  }

  private JsonNode body(int index) {
    return Bodies.json(sent.get(index));
  }

  private static ChatRequest toolTurn() {
    ChatResponse turn = GenerateContentReply.read(Fixtures.read("google/generate-two-function-calls.json"), 0);
    return Incidents.answered(Incidents.opening(), turn, Incidents.DF_OUTPUT, "[]");
  }

  private static ChatResponse turnWithoutState(ToolCall... calls) {
    return new ChatResponse("Checking.", List.of(calls), "", TokenUsage.NONE, StopReason.TOOL_CALLS, List.of());
  }

  @Test
  void aToolTurn_isSentAsGenerateContentJson_theModelTurnUnchanged_andResultsInOneUserTurn() {
    call(endpoint(GEMINI_3, "", ThinkingLevel.MEDIUM), toolTurn());

    assertThat(body(0)).isEqualTo(Bodies.fixture("google/request-tool-turn.json"));
  }

  @Test
  void itIsAJsonPost_toTheModelsGenerateContent_withTheKeyInXGoogApiKey() {
    call(endpoint(GEMINI_3, "", ThinkingLevel.MEDIUM), Incidents.question("hi"));

    Request request = sent.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.url().toString())
        .isEqualTo("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-preview:generateContent");
    assertThat(request.header("x-goog-api-key")).isEqualTo(TestEndpoints.KEY);
    assertThat(request.header("Authorization")).isNull();
    assertThat(request.url().queryParameter("key")).isNull();
    assertThat(request.body().contentType().toString()).isEqualTo("application/json");
  }

  @ParameterizedTest(name = "base_url \"{0}\", model {1} posts to {2}")
  @CsvSource({
    "'', gemini-2.5-flash, https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent",
    "https://llm-gw.corp/gemini/v1beta, gemini-3-pro-preview, https://llm-gw.corp/gemini/v1beta/models/gemini-3-pro-preview:generateContent",
    "https://llm-gw.corp/gemini/v1beta/, gemini-3-pro-preview, https://llm-gw.corp/gemini/v1beta/models/gemini-3-pro-preview:generateContent",
    "'', models/gemini-2.5-pro, https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent"
  })
  void theContractsBaseUrlExamples_postToTheirRequestUrls(String base, String model, String url) {
    call(endpoint(model, base, ThinkingLevel.MEDIUM), Incidents.question("hi"));

    assertThat(sent.get(0).url().toString()).isEqualTo(url);
  }

  @ParameterizedTest(name = "gemini-3 at {0}: thinkingLevel {1}")
  @CsvSource({"OFF, low", "MINIMAL, low", "LOW, low", "MEDIUM, high", "HIGH, high", "XHIGH, high"})
  void gemini3Models_getAThinkingLevel_lowOrHigh_evenWhenOff(ThinkingLevel level, String expected) {
    call(endpoint(GEMINI_3, "", level), Incidents.question("hi"));

    assertThat(body(0).path("generationConfig").path("thinkingConfig"))
        .isEqualTo(Bodies.json("{\"thinkingLevel\":\"" + expected + "\",\"includeThoughts\":true}"));
  }

  @ParameterizedTest(name = "gemini-2.5 at {0}: thinkingBudget {1}")
  @CsvSource({"MINIMAL, 1024", "LOW, 2048", "MEDIUM, 8192", "HIGH, 16384", "XHIGH, 32768"})
  void gemini2Models_getTheAnthropicBudgetOfTheLevel_withThoughtSummaries(ThinkingLevel level, int budget) {
    call(endpoint(GEMINI_25, "", level), Incidents.question("hi"));

    assertThat(body(0).path("generationConfig").path("thinkingConfig"))
        .isEqualTo(Bodies.json("{\"thinkingBudget\":" + budget + ",\"includeThoughts\":true}"));
  }

  @Test
  void gemini2ModelsWithThinkingOff_getNoThinkingConfiguration_andNoGenerationConfigAtAll() {
    call(endpoint(GEMINI_25, "", ThinkingLevel.OFF), Incidents.question("hi"));

    assertThat(body(0).has("generationConfig")).isFalse();
  }

  @Test
  void aRequestsOutputCap_leavesRoomForTheThoughts() {
    ChatRequest title = new ChatRequest("", List.of(ChatMessage.user("title?")), List.of(), 50);

    call(endpoint(GEMINI_25, "", ThinkingLevel.LOW), title);
    call(endpoint(GEMINI_25, "", ThinkingLevel.OFF), title);
    call(endpoint(GEMINI_3, "", ThinkingLevel.OFF), title);

    assertThat(body(0).path("generationConfig").path("maxOutputTokens").asInt()).isEqualTo(50 + 2048);
    assertThat(body(1).path("generationConfig").path("maxOutputTokens").asInt()).isEqualTo(50);
    assertThat(body(2).path("generationConfig").path("maxOutputTokens").asInt()).isEqualTo(50 + 1024);
  }

  @Test
  void toolResults_areFunctionResponseObjects_nonObjectsWrappedAsResult() {
    ToolCall a = ToolCall.of("call_0", "read_workspace_file", Map.of("path", "notes.md"));
    ToolCall b = ToolCall.of("call_1", "search_runbooks", Map.of("query", "disk"));
    ToolCall c = ToolCall.of("call_2", "get_runbook", Map.of("id", 4));
    ToolCall d = ToolCall.of("call_3", "list_context_files", Map.of());
    ChatRequest request =
        Incidents.answered(Incidents.question("u"), turnWithoutState(a, b, c, d),
            "plain text, not JSON", "[{\"id\":4}]", "{\"error\":\"runbook 4 not found\"}", "");

    call(endpoint(GEMINI_25, "", ThinkingLevel.OFF), request);

    JsonNode parts = body(0).path("contents").path(2).path("parts");
    assertThat(parts).extracting(p -> p.path("functionResponse").path("response").toString())
        .containsExactly(
            "{\"result\":\"plain text, not JSON\"}",
            "{\"result\":[{\"id\":4}]}",
            "{\"error\":\"runbook 4 not found\"}",
            "{\"result\":\"\"}");
    assertThat(parts).extracting(p -> p.path("functionResponse").path("name").asText())
        .containsExactly("read_workspace_file", "search_runbooks", "get_runbook", "list_context_files");
    assertThat(parts).allSatisfy(p -> assertThat(p.path("functionResponse").has("id")).isFalse());
  }

  @Test
  void aCallThatCarriedGeminisOwnId_isAnsweredWithThatId() {
    String body =
        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"id\":\"fc-7Hq2\","
            + "\"name\":\"search_runbooks\",\"args\":{\"query\":\"disk\"}},\"thoughtSignature\":\"Cq0B\"}]},"
            + "\"finishReason\":\"STOP\"}]}";
    ChatResponse turn = GenerateContentReply.read(body, 0);

    call(endpoint(GEMINI_3, "", ThinkingLevel.LOW), Incidents.answered(Incidents.question("u"), turn, "{}"));

    assertThat(body(0).path("contents").path(2).path("parts").path(0).path("functionResponse"))
        .isEqualTo(Bodies.json("{\"id\":\"fc-7Hq2\",\"name\":\"search_runbooks\",\"response\":{}}"));
  }

  @Test
  void aModelTurnWithoutGeminiState_isRebuiltFromItsTextAndCalls_andAnotherProvidersStateIsIgnored() {
    ToolCall call = ToolCall.of("toolu_1", "search_runbooks", Map.of("query", "disk"));
    Map<String, Object> anthropicThinking = Map.of("type", "thinking", "thinking", "t", "signature", "EqQD");
    ChatResponse turn =
        new ChatResponse("Checking.", List.of(call), "", TokenUsage.NONE, StopReason.TOOL_CALLS, List.of(anthropicThinking));

    call(endpoint(GEMINI_25, "", ThinkingLevel.OFF), Incidents.answered(Incidents.question("u"), turn, "{}"));

    assertThat(body(0).path("contents").path(1))
        .isEqualTo(Bodies.json("{\"role\":\"model\",\"parts\":[{\"text\":\"Checking.\"},"
            + "{\"functionCall\":{\"name\":\"search_runbooks\",\"args\":{\"query\":\"disk\"}}}]}"));
  }

  @Test
  void aQuestionAfterTheToolResults_joinsTheirUserTurn_afterThem() {
    ChatRequest turn = toolTurn();
    List<ChatMessage> messages = new ArrayList<>(turn.messages());
    messages.add(ChatMessage.user("Budget reached: give your best answer so far."));

    call(endpoint(GEMINI_3, "", ThinkingLevel.MEDIUM), new ChatRequest(turn.systemPrompt(), messages, List.of(), 0));

    JsonNode contents = body(0).path("contents");
    assertThat(contents).extracting(c -> c.path("role").asText()).containsExactly("user", "model", "user");
    assertThat(contents.path(2).path("parts")).extracting(p -> p.fieldNames().next())
        .containsExactly("functionResponse", "functionResponse", "text");
    assertThat(body(0).has("tools")).isFalse();
  }

  @Test
  void withoutFunctionsOrSystemPrompt_toolsAndSystemInstructionAreLeftOut() {
    call(endpoint(GEMINI_25, "", ThinkingLevel.OFF), Incidents.question("hi"));

    assertThat(body(0)).isEqualTo(Bodies.json("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]}]}"));
  }

  @Test
  void offeredFunctions_haveTheirSchemasConverted_andNoParametersWhenTheyTakeNone() {
    FunctionSpec lookup =
        new FunctionSpec("get_runbook", "Open a runbook.",
            Map.of("type", "object", "additionalProperties", false,
                "properties", Map.of("id", Map.of("type", List.of("integer", "string"), "description", "Id or slug")),
                "required", List.of("id")));
    FunctionSpec none = new FunctionSpec("list_context_files", "List context files.", Map.of());

    call(endpoint(GEMINI_25, "", ThinkingLevel.OFF), new ChatRequest("s", List.of(ChatMessage.user("u")), List.of(lookup, none), 0));

    JsonNode declarations = body(0).path("tools").path(0).path("functionDeclarations");
    assertThat(declarations.path(0).path("parameters"))
        .isEqualTo(Bodies.json("{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":\"Id or slug\"}},"
            + "\"required\":[\"id\"]}"));
    assertThat(declarations.path(1)).isEqualTo(Bodies.json("{\"name\":\"list_context_files\",\"description\":\"List context files.\"}"));
  }

  @Test
  void aKeylessGateway_getsNoApiKeyHeader() {
    ModelEndpoint keyless =
        new ModelEndpoint(LlmProvider.GOOGLE, GEMINI_25, Secret.empty(), ThinkingLevel.OFF, "https://llm-gw.corp/gemini/v1beta", Optional.empty());

    call(keyless, Incidents.question("hi"));

    assertThat(sent.get(0).header("x-goog-api-key")).isNull();
  }

  @Test
  void anEmptyModel_orABaseUrlThatIsNotHttp_isRejectedWhenTheModelIsBuilt() {
    assertThatThrownBy(() -> new GoogleChatModel(endpoint("models/", "", ThinkingLevel.OFF), (r, c) -> null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("google: a model is required");
    assertThatThrownBy(() -> new GoogleChatModel(endpoint(GEMINI_25, "llm-gw.corp/gemini", ThinkingLevel.OFF), (r, c) -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("google: base_url must be an absolute http or https URL");
  }
}
