package dev.akmatori.adapter.llm.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.http.UnusableReplyException;
import dev.akmatori.adapter.llm.testing.Fixtures;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.ChatResponse.StopReason;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatCompletionsReplyTest {
  private static ChatResponse read(String fixture) {
    return ChatCompletionsReply.read(Fixtures.read("openai/" + fixture));
  }

  @Test
  void aPlainAnswer_givesItsText_endTurn_andUsage() {
    ChatResponse response = read("chat-plain-answer.json");

    assertThat(response.text()).startsWith("The disk on db-01 filled up because the WAL archive job");
    assertThat(response.toolCalls()).isEmpty();
    assertThat(response.stopReason()).isEqualTo(StopReason.END_TURN);
    assertThat(response.usage()).isEqualTo(new TokenUsage(1832, 214));
    assertThat(response.reasoningSummary()).isEmpty();
    assertThat(response.providerState()).isEmpty();
  }

  @Test
  void oneToolCall_givesItsIdNameAndParsedArguments() {
    ChatResponse response = read("chat-one-tool-call.json");

    assertThat(response.text()).isEmpty();
    assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_CALLS);
    assertThat(response.toolCalls())
        .containsExactly(
            ToolCall.of(
                "call_Xk3vR9pLq2mN8sTd4WbYh7Jc",
                "ssh_execute_command",
                Map.of("tool_instance_id", 3, "command", "df -h /var/lib/postgresql", "servers", List.of("db-01"))));
  }

  @Test
  void twoToolCallsInOneTurn_comeBackInOrder() {
    ChatResponse response = read("chat-two-tool-calls.json");

    assertThat(response.toolCalls()).extracting(ToolCall::id)
        .containsExactly("call_A1bC2dE3fG4hI5jK6lM7nO8p", "call_Q9rS8tU7vW6xY5zA4bC3dE2f");
    assertThat(response.toolCalls().get(0).arguments())
        .containsEntry("query", "node_filesystem_avail_bytes{instance=\"db-01:9100\",mountpoint=\"/\"}");
    assertThat(response.toolCalls().get(1)).isEqualTo(
        ToolCall.of("call_Q9rS8tU7vW6xY5zA4bC3dE2f", "search_runbooks", Map.of("query", "postgres disk full wal archive")));
    assertThat(response.usage().total()).isEqualTo(2108);
  }

  @Test
  void finishReasonLength_isMaxTokens_withThePartialText() {
    ChatResponse response = read("chat-finish-length.json");

    assertThat(response.stopReason()).isEqualTo(StopReason.MAX_TOKENS);
    assertThat(response.text()).endsWith("2. WAL directory holds");
  }

  @Test
  void finishReasonContentFilter_isContentFilter_withNoText() {
    ChatResponse response = read("chat-content-filter.json");

    assertThat(response.stopReason()).isEqualTo(StopReason.CONTENT_FILTER);
    assertThat(response.text()).isEmpty();
  }

  @Test
  void aReplyWithoutUsage_countsZeroTokens() {
    ChatResponse response = read("chat-no-usage.json");

    assertThat(response.usage()).isEqualTo(TokenUsage.NONE);
    assertThat(response.text()).startsWith("No anomalies in the last hour");
    assertThat(response.toolCalls()).isEmpty();
  }

  @Test
  void unreadableOrNonObjectArguments_areReportedOnTheCall_notThrown() {
    ChatResponse response = read("chat-malformed-arguments.json");

    ToolCall truncated = response.toolCalls().get(0);
    ToolCall array = response.toolCalls().get(1);
    assertThat(truncated.hasValidArguments()).isFalse();
    assertThat(truncated.argumentsError()).startsWith("arguments are not valid JSON");
    assertThat(truncated.arguments()).isEmpty();
    assertThat(truncated.name()).isEqualTo("ssh_execute_command");
    assertThat(array.argumentsError()).isEqualTo("arguments must be a JSON object, got array");
  }

  @Test
  void vllmReasoningContent_becomesTheReasoningSummary() {
    ChatResponse response = read("chat-vllm-reasoning-content.json");

    assertThat(response.reasoningSummary()).startsWith("The alert says disk usage is 99% on db-01.");
    assertThat(response.text()).isEqualTo("Checking the largest directories on db-01 first.");
    assertThat(response.usage()).isEqualTo(new TokenUsage(1204, 173));
  }

  @Test
  void openRouterReasoning_becomesTheSummary_andItsDetailsAreKeptAsProviderState() {
    ChatResponse response = read("chat-openrouter-reasoning.json");

    assertThat(response.reasoningSummary()).startsWith("**Checking the disk**");
    assertThat(response.providerState()).hasSize(2);
    assertThat(response.providerState().get(1))
        .containsEntry("type", "reasoning.encrypted")
        .containsEntry("data", "CiQBjz1rX5m2Yk8vQ0d3T1p4ZnVhN2RqY2JhZ1R5c0xQWmFBRQ==");
    assertThat(response.toolCalls()).singleElement()
        .extracting(ToolCall::id).isEqualTo("tool_ssh_execute_command_9Zq1Xw2Ec3Rv");
    assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_CALLS);
  }

  @Test
  void reasoningDetailsAlone_giveTheirSummaryOrText() {
    ChatResponse response = ChatCompletionsReply.read(
        "{\"choices\":[{\"message\":{\"content\":\"ok\",\"reasoning_details\":["
            + "{\"type\":\"reasoning.summary\",\"summary\":\"Checked disks.\"},"
            + "{\"type\":\"reasoning.text\",\"text\":\"Then logs.\"}]},\"finish_reason\":\"stop\"}]}");

    assertThat(response.reasoningSummary()).isEqualTo("Checked disks.\nThen logs.");
  }

  @Test
  void finishReasons_mapToStopReasons() {
    assertThat(ChatCompletionsReply.stopReason("stop")).isEqualTo(StopReason.END_TURN);
    assertThat(ChatCompletionsReply.stopReason("tool_calls")).isEqualTo(StopReason.TOOL_CALLS);
    assertThat(ChatCompletionsReply.stopReason("function_call")).isEqualTo(StopReason.TOOL_CALLS);
    assertThat(ChatCompletionsReply.stopReason("length")).isEqualTo(StopReason.MAX_TOKENS);
    assertThat(ChatCompletionsReply.stopReason("content_filter")).isEqualTo(StopReason.CONTENT_FILTER);
    assertThat(ChatCompletionsReply.stopReason("eos")).isEqualTo(StopReason.OTHER);
    assertThat(ChatCompletionsReply.stopReason("")).isEqualTo(StopReason.OTHER);
  }

  @Test
  void compatibleServerQuirks_areTolerated() {
    ChatResponse response = ChatCompletionsReply.read(
        "{\"choices\":[{\"message\":{\"content\":[{\"type\":\"text\",\"text\":\"part one, \"},"
            + "{\"type\":\"text\",\"text\":\"part two\"}],\"tool_calls\":["
            + "{\"type\":\"function\",\"function\":{\"name\":\"list_alerts\",\"arguments\":\"\"}},"
            + "{\"id\":\"c2\",\"type\":\"function\",\"function\":{\"name\":\"get_runbook\",\"arguments\":{\"id\":7}}}]},"
            + "\"finish_reason\":null}]}");

    assertThat(response.text()).isEqualTo("part one, part two");
    assertThat(response.toolCalls()).containsExactly(
        ToolCall.of("call_0", "list_alerts", Map.of()), ToolCall.of("c2", "get_runbook", Map.of("id", 7)));
    assertThat(response.stopReason()).isEqualTo(StopReason.OTHER);
  }

  @Test
  void aRefusal_isTheTextWhenThereIsNoContent() {
    ChatResponse response = ChatCompletionsReply.read(
        "{\"choices\":[{\"message\":{\"content\":null,\"refusal\":\"I can't help with that.\"},"
            + "\"finish_reason\":\"stop\"}]}");

    assertThat(response.text()).isEqualTo("I can't help with that.");
  }

  @Test
  void aBodyThatIsNotJson_orHasNoChoices_isUnusable() {
    assertThatThrownBy(() -> ChatCompletionsReply.read("<html>ok</html>"))
        .isInstanceOf(UnusableReplyException.class).hasMessage("response is not JSON");
    assertThatThrownBy(() -> ChatCompletionsReply.read("{\"choices\":[]}"))
        .isInstanceOf(UnusableReplyException.class).hasMessage("response has no choices");
  }
}
