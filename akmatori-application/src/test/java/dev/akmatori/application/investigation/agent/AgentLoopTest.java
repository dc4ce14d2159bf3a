package dev.akmatori.application.investigation.agent;

import static dev.akmatori.application.investigation.testing.ScriptedChatModel.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.testing.AgentHarness;
import dev.akmatori.application.investigation.testing.FixedActiveModelSettings;
import dev.akmatori.application.investigation.testing.ScriptedChatModel;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.ChatResponse;
import dev.akmatori.application.model.FunctionSpec;
import dev.akmatori.application.model.ModelCallException;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.application.model.ToolCall;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.settings.LlmProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentLoopTest {
  private final AgentHarness h = new AgentHarness();

  @Test
  void twoToolRounds_thenAnAnswer_completeWithEventsStepsTokensAndTheHistorySentBack() {
    h.runbooks.create(new RunbookDraft("Disk full", "Clean /var/log first."), AgentHarness.NOW);
    h.allowlist.builtin(7, "prod-zabbix", "zabbix", Map.of("zabbix_url", "https://zbx.corp"));
    h.model
        .thenRespond(new ChatResponse("Let me look for a runbook.",
            List.of(call("c1", "search_runbooks", Map.of("query", "disk full")),
                call("c2", "get_runbook", Map.of("id", 1L))),
            "The alert is about disk space.", new TokenUsage(100, 20), ChatResponse.StopReason.TOOL_CALLS,
            List.of()))
        .thenCall(call("c3", "call_tool", Map.of("name", "zabbix.get_problems", "arguments", Map.of("limit", 5))))
        .thenAnswer("Root cause: /var/log filled the disk at 09:58 UTC.");

    RunOutcome outcome = h.run("Disk full on web-01");

    assertThat(outcome).isEqualTo(RunOutcome.completed("Root cause: /var/log filled the disk at 09:58 UTC.", 3, 360));
    assertThat(h.recorder.kinds()).containsExactly(
        "model_call", "log", "log", "tool_call", "tool_call", "model_call", "tool_call", "model_call");
    assertThat(h.recorder.logs()).containsExactly("Thinking: The alert is about disk space.", "Let me look for a runbook.");
    assertThat(h.recorder.modelCalls()).containsExactly(120L, 120L, 120L);
    assertThat(h.recorder.toolCalls()).extracting(e -> e.get("name"))
        .containsExactly("search_runbooks", "get_runbook", "zabbix.get_problems");
    assertThat(h.recorder.toolCalls().get(2)).containsEntry("instance", "prod-zabbix")
        .containsEntry("arguments", Map.of("limit", 5)).containsEntry("success", true);

    List<ChatRequest> requests = h.model.requests();
    assertThat(requests).hasSize(3);
    List<ChatMessage> second = requests.get(1).messages();
    assertThat(second).extracting(ChatMessage::role).containsExactly(
        ChatMessage.Role.USER, ChatMessage.Role.ASSISTANT, ChatMessage.Role.TOOL, ChatMessage.Role.TOOL);
    assertThat(second.get(2).toolCallId()).isEqualTo("c1");
    assertThat(second.get(2).text()).startsWith("[{\"id\":1,\"title\":\"Disk full\",\"score\":");
    assertThat(second.get(3).toolCallId()).isEqualTo("c2");
    assertThat(second.get(3).text()).isEqualTo("{\"id\":1,\"title\":\"Disk full\",\"content\":\"Clean /var/log first.\"}");
    List<ChatMessage> third = requests.get(2).messages();
    assertThat(third).hasSize(6);
    assertThat(third.get(5).text()).isEqualTo("{\"tool\":\"zabbix.get_problems\",\"instance\":\"prod-zabbix\"}");
    assertThat(h.invoker.invocations()).singleElement()
        .satisfies(i -> assertThat(i.arguments()).isEqualTo(Map.of("limit", 5)));
  }

  @Test
  void everyRequest_offersTheElevenFunctionsInContractOrder_withObjectSchemas() {
    h.model.thenAnswer("Nothing to do.");

    h.run("Check the weather");

    List<FunctionSpec> functions = h.model.requests().get(0).functions();
    assertThat(functions).extracting(FunctionSpec::name).containsExactly(
        "search_runbooks", "get_runbook", "read_skill", "list_context_files", "read_context_file",
        "list_tools", "get_tool_detail", "call_tool", "run_skill_script", "read_workspace_file",
        "write_workspace_file");
    assertThat(functions).allSatisfy(f -> assertThat(f.parameters()).containsEntry("type", "object"));
    assertThat(functions.get(0).parameters()).containsEntry("required", List.of("query"));
  }

  @Test
  void theUserMessage_isThePreambleWithTheUtcTime_thenTheTask() {
    h.model.thenAnswer("ok");

    h.run("High CPU on db-7");

    String user = h.model.requests().get(0).messages().get(0).text();
    assertThat(user).startsWith("Current time (UTC): 2026-03-01T10:00:00Z\n\n");
    assertThat(user).contains("search_runbooks", "3-5 keywords", "fewer keywords", "get_runbook");
    assertThat(user).endsWith("Please help with the following incident or request:\nHigh CPU on db-7");
  }

  @Test
  void aModelErrorAfterItsRetries_failsTheRunWithItsMessage() {
    h.model.thenCall(call("c1", "list_context_files", Map.of()))
        .thenFail(new ModelCallException(429, "rate limited", null));

    RunOutcome outcome = h.run("task");

    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.FAILED);
    assertThat(outcome.error()).isEqualTo("LLM request failed: 429 rate limited");
    assertThat(outcome.steps()).isEqualTo(1);
    assertThat(outcome.tokensUsed()).isEqualTo(120);
  }

  @Test
  void anUnconfiguredProvider_failsWithoutCallingAnyModel() {
    h.settings = FixedActiveModelSettings.notConfigured(LlmProvider.ANTHROPIC);

    RunOutcome outcome = h.run("task");

    assertThat(outcome).isEqualTo(RunOutcome.failed("LLM provider 'anthropic' is not configured", 0, 0));
    assertThat(h.model.endpoints()).isEmpty();
    assertThat(h.recorder.entries()).isEmpty();
  }

  @Test
  void theModel_isCreatedFromTheActiveEndpoint() {
    h.model.thenAnswer("ok");

    h.run("task");

    assertThat(h.model.endpoints()).singleElement()
        .satisfies(e -> assertThat(e.apiKey().reveal()).isEqualTo(AgentHarness.API_KEY));
  }

  @Test
  void anUnexpectedException_failsTheRunAsAnInternalError() {
    h.model.then((request, cancellation) -> {
      throw new IllegalStateException("provider adapter bug");
    });

    RunOutcome outcome = h.run("task");

    assertThat(outcome).isEqualTo(RunOutcome.failed("Internal error: IllegalStateException: provider adapter bug", 0, 0));
  }

  @Test
  void anUnknownFunction_getsAnErrorResult_andTheRunGoesOn() {
    h.model.thenCall(call("c1", "delete_everything", Map.of("now", true))).thenAnswer("done");

    RunOutcome outcome = h.run("task");

    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
    assertThat(toolMessage(1, 2)).isEqualTo("{\"error\":\"unknown function 'delete_everything'\"}");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("name", "delete_everything").containsEntry("success", false)
        .containsEntry("error", "unknown function 'delete_everything'").containsEntry("output", ""));
  }

  @Test
  void argumentsThatAreNotAJsonObject_getAnErrorResult() {
    h.model.thenCall(new ToolCall("c1", "search_runbooks", null, "Unexpected end of JSON input"))
        .thenAnswer("done");

    h.run("task");

    assertThat(toolMessage(1, 2)).isEqualTo("{\"error\":\"invalid arguments: Unexpected end of JSON input\"}");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("name", "search_runbooks").containsEntry("arguments", Map.of())
        .containsEntry("success", false));
  }

  @Test
  void aToolThatThrows_givesAnErrorResult_andNeverFailsTheRun() {
    h.allowlist.builtin(1, "prod-zabbix", "zabbix", Map.of("zabbix_url", "https://zbx.corp"));
    h.invoker.answering((invocation, cancellation) -> {
      throw new NullPointerException("settings missing");
    });
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "zabbix.get_hosts"))).thenAnswer("done");

    RunOutcome outcome = h.run("task");

    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
    assertThat(toolMessage(1, 2)).isEqualTo("{\"error\":\"NullPointerException: settings missing\"}");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("name", "zabbix.get_hosts").containsEntry("instance", "prod-zabbix")
        .containsEntry("success", false).containsEntry("error", "NullPointerException: settings missing"));
  }

  @Test
  void aRefusedWriteOperation_isNotExecuted_andItsEventSaysWhy() {
    h.allowlist.builtin(1, "prod-zabbix", "zabbix", Map.of("zabbix_url", "https://zbx.corp"));
    h.model.thenCall(call("c1", "call_tool",
            Map.of("name", "zabbix.api_request", "arguments", Map.of("method", "host.delete"))))
        .thenAnswer("done");

    h.run("task");

    String refusal = "operation 'zabbix.api_request' writes to the target and is disabled for instance 'prod-zabbix'";
    assertThat(h.invoker.invocations()).isEmpty();
    assertThat(toolMessage(1, 2)).isEqualTo("{\"error\":\"" + refusal + "\"}");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("name", "zabbix.api_request").containsEntry("arguments", Map.of("method", "host.delete"))
        .containsEntry("success", false).containsEntry("error", refusal));
  }

  @Test
  void theToolCallEvent_hasTheContractKeysInOrder_andADurationFromTheClock() {
    h.allowlist.builtin(1, "prod-zabbix", "zabbix", Map.of("zabbix_url", "https://zbx.corp"));
    h.invoker.answering((invocation, cancellation) -> {
      h.clock.advance(java.time.Duration.ofMillis(1500));
      return List.of("problem-1");
    });
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "zabbix.get_problems"))).thenAnswer("done");

    h.run("task");

    Map<String, Object> event = h.recorder.toolCalls().get(0);
    assertThat(event.keySet()).containsExactly("call_id", "name", "instance", "arguments", "success",
        "duration_ms", "output", "output_truncated", "error");
    assertThat(event).containsEntry("call_id", "c1").containsEntry("duration_ms", 1500L)
        .containsEntry("output", "[\"problem-1\"]").containsEntry("output_truncated", false)
        .containsEntry("arguments", Map.of());
    assertThat(event.get("error")).isNull();
  }

  @Test
  void theFinalAnswer_isNotLoggedAgain_butIntermediateTextIs() {
    h.model.thenRespond(new ChatResponse("Checking files.", List.of(call("c1", "list_context_files", Map.of())),
            "", ScriptedChatModel.USAGE, ChatResponse.StopReason.TOOL_CALLS, List.of()))
        .thenAnswer("The answer.");

    h.run("task");

    assertThat(h.recorder.logs()).containsExactly("Checking files.");
  }

  @Test
  void eachRun_startsAFreshConversation() {
    h.model.thenCall(call("c1", "list_context_files", Map.of())).thenAnswer("first").thenAnswer("second");

    h.run("task");
    RunOutcome again = h.run("task");

    assertThat(again.response()).isEqualTo("second");
    assertThat(again.steps()).isEqualTo(1);
    assertThat(h.model.requests().get(2).messages()).hasSize(1);
  }

  private String toolMessage(int request, int message) {
    return h.model.requests().get(request).messages().get(message).text();
  }
}
