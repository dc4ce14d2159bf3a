package dev.akmatori.adapter.llm.provider.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.adapter.llm.http.ProviderJson;
import dev.akmatori.adapter.llm.http.UnusableReplyException;
import dev.akmatori.adapter.llm.testing.Bodies;
import dev.akmatori.adapter.llm.testing.Fixtures;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenerateContentReplyTest {
  private static ChatResponse read(String fixture) {
    return GenerateContentReply.read(Fixtures.read("google/" + fixture), 0);
  }

  private static JsonNode partsOf(String fixture) {
    return Bodies.fixture("google/" + fixture).path("candidates").path(0).path("content").path("parts");
  }

  private static JsonNode json(Map<String, Object> part) {
    return ProviderJson.MAPPER.valueToTree(part);
  }

  @Test
  void twoFunctionCallsInOneTurn_comeBackInOrder_withSynthesizedIds_andToolCallsAsStopReason() {
    ChatResponse response = read("generate-two-function-calls.json");

    assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_CALLS);
    assertThat(response.toolCalls())
        .containsExactly(
            ToolCall.of("call_0", "ssh_execute_command",
                Map.of("servers", List.of("db-01"), "command", "df -h", "tool_instance_id", 3)),
            ToolCall.of("call_1", "search_runbooks", Map.of("query", "postgres disk full wal")));
  }

  @Test
  void synthesizedIds_continueTheNumberingOfTheCallsAlreadyInTheConversation() {
    ChatResponse response = GenerateContentReply.read(Fixtures.read("google/generate-two-function-calls.json"), 5);

    assertThat(response.toolCalls()).extracting(ToolCall::id).containsExactly("call_5", "call_6");
  }

  @Test
  void aFunctionCallThatCarriesAnId_keepsGeminisId() {
    String body =
        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"id\":\"fc-7Hq2\","
            + "\"name\":\"search_runbooks\",\"args\":{\"query\":\"disk\"}},\"thoughtSignature\":\"Cq0B\"}]},"
            + "\"finishReason\":\"STOP\"}]}";

    assertThat(GenerateContentReply.read(body, 0).toolCalls()).extracting(ToolCall::id).containsExactly("fc-7Hq2");
  }

  @Test
  void thoughtParts_areTheReasoningSummary_neverAnswerText() {
    ChatResponse response = read("generate-two-function-calls.json");

    assertThat(response.reasoningSummary()).startsWith("**Checking disk and runbooks**");
    assertThat(response.text()).isEmpty();
  }

  @Test
  void whenAPartIsSigned_thePartsAreKeptAsState_unchanged_butUnsignedThoughtSummariesAreNot() {
    ChatResponse response = read("generate-two-function-calls.json");
    JsonNode parts = partsOf("generate-two-function-calls.json");

    assertThat(response.providerState()).hasSize(2);
    assertThat(json(response.providerState().get(0))).isEqualTo(parts.get(1));
    assertThat(json(response.providerState().get(1))).isEqualTo(parts.get(2));
  }

  @Test
  void aSignedTextAnswer_isTheAnswer_endTurn_andKeepsItsPartAsState() {
    ChatResponse response = read("generate-answer.json");

    assertThat(response.text()).startsWith("The disk on db-01 filled up");
    assertThat(response.stopReason()).isEqualTo(StopReason.END_TURN);
    assertThat(response.providerState()).hasSize(1);
    assertThat(json(response.providerState().get(0))).isEqualTo(partsOf("generate-answer.json").get(0));
  }

  @Test
  void anUnsignedReply_hasNoProviderState() {
    assertThat(read("generate-max-tokens.json").providerState()).isEmpty();
  }

  @Test
  void usage_countsThoughtsAsOutput() {
    assertThat(read("generate-two-function-calls.json").usage()).isEqualTo(new TokenUsage(2180, 71 + 147));
    assertThat(read("generate-two-function-calls.json").usage().total()).isEqualTo(2398);
  }

  @Test
  void maxTokens_isMaxTokens_withThePartialText() {
    ChatResponse response = read("generate-max-tokens.json");

    assertThat(response.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
    assertThat(response.text()).endsWith("because the bucket");
  }

  @Test
  void aPromptBlockedForSafety_isUnusable_namingTheReason() {
    assertThatThrownBy(() -> read("generate-prompt-blocked.json"))
        .isInstanceOf(UnusableReplyException.class)
        .hasMessage("prompt blocked by safety filter: SAFETY");
  }

  @Test
  void aCandidateStoppedBySafetyBeforeSayingAnything_isUnusable_namingTheReason() {
    assertThatThrownBy(() -> read("generate-safety-finish.json"))
        .isInstanceOf(UnusableReplyException.class)
        .hasMessage("response blocked by safety filter: SAFETY");
  }

  @Test
  void aCandidateCutBySafetyAfterSomeText_isContentFilter_withThatText() {
    String body =
        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"The archive job\"}]},"
            + "\"finishReason\":\"RECITATION\"}],\"usageMetadata\":{\"promptTokenCount\":9,\"candidatesTokenCount\":3}}";

    ChatResponse response = GenerateContentReply.read(body, 0);

    assertThat(response.stopReason()).isEqualTo(StopReason.CONTENT_FILTER);
    assertThat(response.text()).isEqualTo("The archive job");
  }

  @Test
  void finishReasons_areNormalisedAsTheContractSays() {
    assertThat(GenerateContentReply.stopReason("STOP", false)).isEqualTo(StopReason.END_TURN);
    assertThat(GenerateContentReply.stopReason("STOP", true)).isEqualTo(StopReason.TOOL_CALLS);
    assertThat(GenerateContentReply.stopReason("MAX_TOKENS", false)).isEqualTo(StopReason.MAX_TOKENS);
    for (String filtered : List.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII")) {
      assertThat(GenerateContentReply.stopReason(filtered, false)).as(filtered).isEqualTo(StopReason.CONTENT_FILTER);
    }
    assertThat(GenerateContentReply.stopReason("MALFORMED_FUNCTION_CALL", false)).isEqualTo(StopReason.OTHER);
    assertThat(GenerateContentReply.stopReason("", false)).isEqualTo(StopReason.OTHER);
  }

  @Test
  void argsThatAreNotAnObject_giveAnArgumentsError_notAnException() {
    String body =
        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"search_runbooks\","
            + "\"args\":[\"disk\"]}}]},\"finishReason\":\"STOP\"}]}";

    ToolCall call = GenerateContentReply.read(body, 0).toolCalls().get(0);

    assertThat(call.hasValidArguments()).isFalse();
    assertThat(call.argumentsError()).isEqualTo("args must be a JSON object");
  }

  @Test
  void aBodyThatIsNotJson_orHasNoCandidate_isUnusable() {
    assertThatThrownBy(() -> GenerateContentReply.read("<html>502</html>", 0))
        .isInstanceOf(UnusableReplyException.class).hasMessage("response is not JSON");
    assertThatThrownBy(() -> GenerateContentReply.read("{\"candidates\":[]}", 0))
        .isInstanceOf(UnusableReplyException.class).hasMessage("response has no candidates");
  }
}
