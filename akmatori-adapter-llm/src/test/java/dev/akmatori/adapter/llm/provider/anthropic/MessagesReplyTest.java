package dev.akmatori.adapter.llm.provider.anthropic;

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

class MessagesReplyTest {
  private static ChatResponse read(String fixture) {
    return MessagesReply.read(Fixtures.read("anthropic/" + fixture));
  }

  @Test
  void aPlainAnswer_givesItsText_endTurn_andUsage_withoutState() {
    ChatResponse response = read("messages-plain-answer.json");

    assertThat(response.text()).startsWith("The disk on db-01 filled up because the WAL archive job");
    assertThat(response.toolCalls()).isEmpty();
    assertThat(response.stopReason()).isEqualTo(StopReason.END_TURN);
    assertThat(response.usage()).isEqualTo(new TokenUsage(2214, 187));
    assertThat(response.reasoningSummary()).isEmpty();
    assertThat(response.providerState()).isEmpty();
  }

  @Test
  void aTurnWithThinkingAndTwoToolUses_givesBothCallsInOrder_withTheirInputObjects() {
    ChatResponse response = read("messages-thinking-two-tool-uses.json");

    assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_CALLS);
    assertThat(response.text()).isEqualTo("Let me check the disk and look for a runbook at the same time.");
    assertThat(response.toolCalls())
        .containsExactly(
            ToolCall.of(
                "toolu_01D7FLrfh4GYq7yT1ULFeyMV",
                "ssh_execute_command",
                Map.of("tool_instance_id", 3, "command", "df -h", "servers", List.of("db-01"))),
            ToolCall.of("toolu_01QH8mXv2Zk5Rn9Wt3Yb6Pce", "search_runbooks", Map.of("query", "postgres disk full wal")));
  }

  @Test
  void aThinkingBlock_isTheReasoningSummary_andIsKeptWholeWithItsSignature() {
    ChatResponse response = read("messages-thinking-two-tool-uses.json");

    assertThat(response.reasoningSummary()).startsWith("The alert says disk usage is above 95% on db-01.");
    assertThat(response.providerState()).hasSize(1);
    JsonNode kept = ProviderJson.MAPPER.valueToTree(response.providerState().get(0));
    assertThat(kept).isEqualTo(Bodies.fixture("anthropic/messages-thinking-two-tool-uses.json").path("content").path(0));
    assertThat(response.providerState().get(0))
        .containsOnlyKeys("type", "thinking", "signature")
        .containsEntry("type", "thinking");
    assertThat((String) response.providerState().get(0).get("signature")).startsWith("EqQDCkYIBxgCKkCq5Jk0").endsWith("bGAE=");
  }

  @Test
  void cacheWritesAndReads_countAsInputTokens() {
    ChatResponse response = read("messages-thinking-two-tool-uses.json");

    assertThat(response.usage()).isEqualTo(new TokenUsage(1523 + 480 + 1024, 412));
  }

  @Test
  void aRedactedThinkingBlock_isKeptVerbatimAfterTheThinkingBlock_butAddsNoSummary() {
    ChatResponse response = read("messages-redacted-thinking.json");

    assertThat(response.providerState()).extracting(block -> block.get("type"))
        .containsExactly("thinking", "redacted_thinking");
    assertThat(response.providerState().get(1)).containsOnlyKeys("type", "data");
    assertThat((String) response.providerState().get(1).get("data")).startsWith("EmwKAhgBEgy3va3pzix/").endsWith("xY1zA3bC5dE7fG9hI1jK3lM5nO7pQ9rS1tU3vW5xY7zA9bC1dE3fG5hI7jK9lM1nO3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hI3jK5lM7nO9pQ1rS3tU5vW7xY9zA1bC3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7vW9x==");
    assertThat(response.reasoningSummary()).isEqualTo("The runbook mentions the WAL archive; I need the archiver status.");
    assertThat(response.toolCalls()).extracting(ToolCall::id).containsExactly("toolu_01Mb5nWq8Ys3Kd6Xv1Tc9Rfz");
  }

  @Test
  void maxTokens_isMaxTokens_withThePartialText() {
    ChatResponse response = read("messages-max-tokens.json");

    assertThat(response.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
    assertThat(response.text()).endsWith("because the bucket credentials");
    assertThat(response.usage().outputTokens()).isEqualTo(8192);
  }

  @Test
  void aRefusal_isContentFilter_withNoText() {
    ChatResponse response = read("messages-refusal.json");

    assertThat(response.stopReason()).isEqualTo(StopReason.CONTENT_FILTER);
    assertThat(response.text()).isEmpty();
    assertThat(response.toolCalls()).isEmpty();
  }

  @Test
  void stopReasons_areNormalisedAsTheContractSays() {
    assertThat(MessagesReply.stopReason("end_turn")).isEqualTo(StopReason.END_TURN);
    assertThat(MessagesReply.stopReason("stop_sequence")).isEqualTo(StopReason.END_TURN);
    assertThat(MessagesReply.stopReason("tool_use")).isEqualTo(StopReason.TOOL_CALLS);
    assertThat(MessagesReply.stopReason("max_tokens")).isEqualTo(StopReason.MAX_TOKENS);
    assertThat(MessagesReply.stopReason("model_context_window_exceeded")).isEqualTo(StopReason.MAX_TOKENS);
    assertThat(MessagesReply.stopReason("refusal")).isEqualTo(StopReason.CONTENT_FILTER);
    assertThat(MessagesReply.stopReason("pause_turn")).isEqualTo(StopReason.OTHER);
    assertThat(MessagesReply.stopReason("")).isEqualTo(StopReason.OTHER);
  }

  @Test
  void aToolUseWhoseInputIsNotAnObject_givesAnArgumentsError_notAnException() {
    ChatResponse response =
        MessagesReply.read(
            "{\"type\":\"message\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"search_runbooks\","
                + "\"input\":\"disk\"}],\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}");

    assertThat(response.toolCalls()).hasSize(1);
    assertThat(response.toolCalls().get(0).hasValidArguments()).isFalse();
    assertThat(response.toolCalls().get(0).argumentsError()).isEqualTo("input must be a JSON object");
  }

  @Test
  void aBodyThatIsNotJson_orNotAMessage_isUnusable() {
    assertThatThrownBy(() -> MessagesReply.read("<html>bad gateway</html>"))
        .isInstanceOf(UnusableReplyException.class).hasMessage("response is not JSON");
    assertThatThrownBy(() -> MessagesReply.read(Fixtures.read("anthropic/error-529-overloaded.json")))
        .isInstanceOf(UnusableReplyException.class).hasMessage("response is not a message");
  }
}
