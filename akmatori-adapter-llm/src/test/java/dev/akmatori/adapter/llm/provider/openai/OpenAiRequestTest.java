package dev.akmatori.adapter.llm.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.http.HttpReply;
import dev.akmatori.adapter.llm.testing.Fixtures;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** What the model sends, captured at the transport seam. */
class OpenAiRequestTest {
  private final List<Request> sent = new ArrayList<>();

  private ChatResponse call(ModelEndpoint endpoint, ChatRequest request) {
    OpenAiChatModel model =
        new OpenAiChatModel(
            endpoint,
            (http, cancellation) -> {
              sent.add(http);
              return new HttpReply(200, Headers.of(), Fixtures.read("openai/chat-plain-answer.json"));
            });
    return model.complete(request, Cancellation.NONE);
  }

  private JsonNode body(int index) throws IOException {
    Buffer buffer = new Buffer();
    sent.get(index).body().writeTo(buffer);
    return OpenAiJson.MAPPER.readTree(buffer.readUtf8());
  }

  private String bodyText(int index) throws IOException {
    Buffer buffer = new Buffer();
    sent.get(index).body().writeTo(buffer);
    return buffer.readUtf8();
  }

  @Test
  void aConversationWithAToolTurn_isSentAsChatCompletionsJson() throws IOException {
    call(TestEndpoints.of(LlmProvider.OPENAI, ""), Conversations.toolTurn());

    JsonNode expected = OpenAiJson.MAPPER.readTree(Fixtures.read("openai/request-tool-turn.json"));
    assertThat(body(0)).isEqualTo(expected);
  }

  @Test
  void itIsAJsonPost_toChatCompletions_withTheKeyAsBearer() {
    call(TestEndpoints.of(LlmProvider.OPENAI, ""), Conversations.question("hi"));

    Request request = sent.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.url().toString()).isEqualTo("https://api.openai.com/v1/chat/completions");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + TestEndpoints.KEY);
    assertThat(request.body().contentType().toString()).startsWith("application/json");
  }

  @Test
  void aCustomServerWithoutKey_getsNoAuthorizationHeader_andOneWithAKeyGetsIt() {
    call(TestEndpoints.keyless(LlmProvider.CUSTOM, "http://vllm.internal:8000/v1"), Conversations.question("hi"));
    call(TestEndpoints.of(LlmProvider.CUSTOM, "http://vllm.internal:8000/v1"), Conversations.question("hi"));

    assertThat(sent.get(0).header("Authorization")).isNull();
    assertThat(sent.get(0).url().toString()).isEqualTo("http://vllm.internal:8000/v1/chat/completions");
    assertThat(sent.get(1).header("Authorization")).isEqualTo("Bearer " + TestEndpoints.KEY);
  }

  @Test
  void withoutFunctions_outputCapOrSystemPrompt_thoseFieldsAreLeftOut() throws IOException {
    call(TestEndpoints.of(LlmProvider.OPENAI, "", ThinkingLevel.OFF), Conversations.question("best answer so far?"));

    JsonNode body = body(0);
    assertThat(body.has("tools")).isFalse();
    assertThat(body.has("max_completion_tokens")).isFalse();
    assertThat(body.has("reasoning_effort")).isFalse();
    assertThat(body.path("messages")).hasSize(1);
    assertThat(body.path("messages").path(0).path("role").asText()).isEqualTo("user");
  }

  @Test
  void reasoningEffort_isSentPerProviderAndLevel() throws IOException {
    call(TestEndpoints.of(LlmProvider.OPENAI, "", ThinkingLevel.XHIGH), Conversations.question("a"));
    call(TestEndpoints.of(LlmProvider.OPENROUTER, "", ThinkingLevel.XHIGH), Conversations.question("b"));
    call(TestEndpoints.of(LlmProvider.CUSTOM, "http://vllm.internal:8000/v1", ThinkingLevel.MEDIUM), Conversations.question("c"));
    call(TestEndpoints.of(LlmProvider.CUSTOM, "http://vllm.internal:8000/v1", ThinkingLevel.LOW), Conversations.question("d"));
    call(TestEndpoints.of(LlmProvider.OPENROUTER, "", ThinkingLevel.OFF), Conversations.question("e"));

    assertThat(body(0).path("reasoning_effort").asText()).isEqualTo("xhigh");
    assertThat(body(1).path("reasoning_effort").asText()).isEqualTo("high");
    assertThat(body(2).has("reasoning_effort")).isFalse();
    assertThat(body(3).path("reasoning_effort").asText()).isEqualTo("low");
    assertThat(body(4).has("reasoning_effort")).isFalse();
  }

  @Test
  void anOutputCap_getsTheThinkingBudgetOfTheEffortSent_onTop_soReasoningCannotEatTheAnswer() throws IOException {
    ChatRequest title = new ChatRequest("Write a title.", List.of(ChatMessage.user("Disk full on web-1")), List.of(), 50);
    call(TestEndpoints.of(LlmProvider.OPENAI, "", ThinkingLevel.MEDIUM), title);
    call(TestEndpoints.of(LlmProvider.OPENROUTER, "", ThinkingLevel.XHIGH), title);
    call(TestEndpoints.of(LlmProvider.CUSTOM, "http://vllm.internal:8000/v1", ThinkingLevel.MEDIUM), title);
    call(TestEndpoints.of(LlmProvider.OPENAI, "", ThinkingLevel.OFF), title);
    call(TestEndpoints.of(LlmProvider.OPENAI, "", ThinkingLevel.MINIMAL), title);

    assertThat(body(0).path("max_completion_tokens").asInt()).isEqualTo(50 + 8192);
    assertThat(body(1).path("max_completion_tokens").asInt()).isEqualTo(50 + 16384); // xhigh is sent as high
    assertThat(body(2).path("max_completion_tokens").asInt()).isEqualTo(50); // custom default: no effort sent
    assertThat(body(3).path("max_completion_tokens").asInt()).isEqualTo(50);
    assertThat(body(4).path("max_completion_tokens").asInt()).isEqualTo(50 + 1024);
    assertThat(body(0).has("tools")).isFalse();
  }

  @Test
  void theSameRequest_isByteForByteTheSame_whateverTheMapOrderOfTheSchemas() throws IOException {
    Map<String, Object> sorted = new TreeMap<>(Conversations.ssh().parameters());
    Map<String, Object> reversed = new TreeMap<>(Collections.reverseOrder());
    reversed.putAll(Conversations.ssh().parameters());
    FunctionSpec a = new FunctionSpec("ssh_execute_command", "Run.", sorted);
    FunctionSpec b = new FunctionSpec("ssh_execute_command", "Run.", reversed);

    call(TestEndpoints.of(LlmProvider.OPENAI, ""), new ChatRequest("s", List.of(ChatMessage.user("u")), List.of(a), 0));
    call(TestEndpoints.of(LlmProvider.OPENAI, ""), new ChatRequest("s", List.of(ChatMessage.user("u")), List.of(b), 0));

    assertThat(bodyText(0)).isEqualTo(bodyText(1)).contains("{\"properties\":{\"command\"");
  }

  @Test
  void openRouterReasoningDetails_goBackVerbatim_butNotToOtherProviders() throws IOException {
    Map<String, Object> detail = Map.of("type", "reasoning.encrypted", "data", "CiQBjz1r", "format", "google-gemini-v1");
    ChatResponse turn =
        new ChatResponse("", List.of(Conversations.SEARCH), "", TokenUsage.NONE, StopReason.TOOL_CALLS, List.of(detail));
    ChatRequest request =
        new ChatRequest(
            "s",
            List.of(ChatMessage.user("u"), ChatMessage.assistant(turn), ChatMessage.toolResult(Conversations.SEARCH, "{}")),
            List.of(Conversations.searchRunbooks()),
            0);

    call(TestEndpoints.of(LlmProvider.OPENROUTER, ""), request);
    call(TestEndpoints.of(LlmProvider.OPENAI, ""), request);

    JsonNode echoed = body(0).path("messages").path(2).path("reasoning_details");
    assertThat(echoed).hasSize(1);
    assertThat(echoed.path(0).path("data").asText()).isEqualTo("CiQBjz1r");
    assertThat(body(1).path("messages").path(2).has("reasoning_details")).isFalse();
  }

  @Test
  void aToolCallWithUnreadableArguments_goesBackAsAnEmptyObject() throws IOException {
    ToolCall broken = new ToolCall("call_1", "ssh_execute_command", Map.of(), "arguments are not valid JSON");
    ChatResponse turn = new ChatResponse("", List.of(broken), "", TokenUsage.NONE, StopReason.TOOL_CALLS, List.of());
    ChatRequest request =
        new ChatRequest(
            "s",
            List.of(
                ChatMessage.user("u"),
                ChatMessage.assistant(turn),
                ChatMessage.toolResult(broken, "{\"error\":\"arguments are not valid JSON\"}")),
            List.of(),
            0);

    call(TestEndpoints.of(LlmProvider.CUSTOM, "http://vllm.internal:8000/v1"), request);

    JsonNode call = body(0).path("messages").path(2).path("tool_calls").path(0);
    assertThat(call.path("function").path("arguments").asText()).isEqualTo("{}");
    assertThat(body(0).path("messages").path(3).path("tool_call_id").asText()).isEqualTo("call_1");
  }

  @Test
  void aFunctionWithoutParameters_offersAnEmptyObjectSchema() throws IOException {
    FunctionSpec none = new FunctionSpec("list_alerts", "List firing alerts.", Map.of());

    call(TestEndpoints.of(LlmProvider.OPENAI, ""), new ChatRequest("s", List.of(ChatMessage.user("u")), List.of(none), 0));

    assertThat(body(0).path("tools").path(0).path("function").path("parameters").toString())
        .isEqualTo("{\"properties\":{},\"type\":\"object\"}");
  }
}
