package dev.akmatori.application.investigation.agent;

import static dev.akmatori.application.investigation.testing.ScriptedChatModel.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.testing.AgentHarness;
import dev.akmatori.application.investigation.testing.FakeToolInvoker;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.TokenUsage;
import dev.akmatori.domain.runbook.RunbookDraft;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class AgentLoopBudgetTest {
  private static final Map<String, Object> ZBX = Map.of("zabbix_url", "https://zbx.corp");

  private final AgentHarness h = new AgentHarness();

  @Test
  void atTheStepBudget_oneFinalCallWithoutFunctions_answers_andCountsAsAStep() {
    h.maxSteps = 2;
    h.model.thenCall(call("c1", "list_context_files", Map.of()))
        .thenCall(call("c2", "list_tools", Map.of()))
        .thenAnswer("Best answer so far: disk full.");

    RunOutcome outcome = h.run("task");

    assertThat(outcome).isEqualTo(RunOutcome.completed("Best answer so far: disk full.", 3, 360));
    List<ChatRequest> requests = h.model.requests();
    assertThat(requests).extracting(r -> r.functions().size()).containsExactly(11, 11, 0);
    ChatMessage last = requests.get(2).messages().get(requests.get(2).messages().size() - 1);
    assertThat(last.role()).isEqualTo(ChatMessage.Role.USER);
    assertThat(last.text()).contains("step budget", "best final answer");
    assertThat(h.recorder.toolCalls()).hasSize(2);
    assertThat(h.model.remainingSteps()).isZero();
  }

  @Test
  void atTheTokenBudget_theCallsAskedForStillRun_thenOneFinalCallAnswers() {
    h.maxTokens = 200;
    h.model.thenCall(call("c1", "list_context_files", Map.of()))
        .thenCall(call("c2", "list_tools", Map.of()))
        .thenAnswer("Best answer so far.");

    RunOutcome outcome = h.run("task");

    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
    assertThat(outcome.steps()).isEqualTo(3);
    assertThat(outcome.tokensUsed()).isEqualTo(360);
    assertThat(h.model.requests()).extracting(r -> r.functions().size()).containsExactly(11, 11, 0);
    assertThat(h.model.requests().get(2).messages()).last()
        .satisfies(m -> assertThat(m.text()).contains("token budget"));
    assertThat(h.recorder.toolCalls()).hasSize(2);
  }

  @Test
  void aTokenBudgetOfZero_meansNoLimit() {
    h.maxTokens = 0;
    h.model.thenRespond(ScriptedChatModelResponses.callsWithUsage(new TokenUsage(1_000_000, 0)))
        .thenAnswer("done");

    RunOutcome outcome = h.run("task");

    assertThat(outcome.steps()).isEqualTo(2);
    assertThat(h.model.requests()).allSatisfy(r -> assertThat(r.functions()).hasSize(11));
  }

  @Test
  void theWallTimeBudget_interruptsASlowModelCall() throws Exception {
    h.startedAt = AgentHarness.NOW.minus(h.timeout).plusMillis(1500);
    CountDownLatch started = new CountDownLatch(1);
    h.model.thenBlockUntilCancelled(started);

    RunOutcome outcome = h.run("task");

    assertThat(started.getCount()).isZero();
    assertThat(outcome).isEqualTo(RunOutcome.failed("Investigation timed out after 60 minutes", 0, 0));
  }

  @Test
  void theWallTimeBudget_endsTheRun_evenWhenTheModelIgnoresItsCancellation() {
    h.startedAt = AgentHarness.NOW.minus(h.timeout).plusMillis(1500);
    CountDownLatch release = new CountDownLatch(1);
    h.model.thenHang(new CountDownLatch(1), release);
    try {
      RunOutcome outcome = h.run("task");

      assertThat(outcome.error()).isEqualTo("Investigation timed out after 60 minutes");
    } finally {
      release.countDown();
    }
  }

  @Test
  void theWallTimeBudget_interruptsASlowTool_whoseEventRecordsTheStop() {
    h.timeout = Duration.ofMinutes(30);
    h.startedAt = AgentHarness.NOW.minus(h.timeout).plusMillis(1500);
    h.allowlist.builtin(1, "prod-zabbix", "zabbix", ZBX);
    CountDownLatch started = new CountDownLatch(1);
    h.invoker.answering(FakeToolInvoker.blockingUntilCancelled(started));
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "zabbix.get_problems")));

    RunOutcome outcome = h.run("task");

    assertThat(outcome).isEqualTo(RunOutcome.failed("Investigation timed out after 30 minutes", 1, 120));
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("success", false).containsEntry("error", "Investigation timed out")
        .containsEntry("instance", "prod-zabbix"));
  }

  @Test
  void theWallTimeBudget_isCheckedOnTheClockBetweenSteps() {
    h.runbooks.create(new RunbookDraft("Disk", "x"), AgentHarness.NOW);
    h.allowlist.builtin(1, "prod-zabbix", "zabbix", ZBX);
    h.invoker.answering((invocation, cancellation) -> {
      h.clock.advance(Duration.ofMinutes(61));
      return "slow but done";
    });
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "zabbix.get_hosts")));

    RunOutcome outcome = h.run("task");

    assertThat(outcome.error()).isEqualTo("Investigation timed out after 60 minutes");
    assertThat(h.model.requests()).hasSize(1);
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> assertThat(e).containsEntry("success", true));
  }

  @Test
  void aCallPastItsOwnTimeLimit_getsATimeoutError_andTheRunGoesOn() {
    h.limits = h.limits.withCallTimeout(Duration.ofMillis(50));
    h.allowlist.builtin(1, "prod-zabbix", "zabbix", ZBX);
    h.invoker.answering(FakeToolInvoker.blockingUntilCancelled(new CountDownLatch(1)));
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "zabbix.get_hosts"))).thenAnswer("done");

    RunOutcome outcome = h.run("task");

    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
    assertThat(h.model.requests().get(1).messages().get(2).text())
        .isEqualTo("{\"error\":\"call timed out after 50 ms\"}");
  }

  @Test
  void aToolsOwnTimeLimit_replacesTheStandardOne() {
    h.allowlist.builtin(1, "web", "ssh", Map.of());
    h.invoker.withOwnTimeout(Duration.ofMillis(40))
        .answering(FakeToolInvoker.blockingUntilCancelled(new CountDownLatch(1)));
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "ssh.get_server_info"))).thenAnswer("done");

    h.run("task");

    assertThat(h.recorder.toolCalls()).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("error", "call timed out after 40 ms"));
    assertThat(h.invoker.invocations()).singleElement()
        .satisfies(i -> assertThat(i.timeout()).isEqualTo(Duration.ofMillis(40)));
  }

  @Test
  void theFourthIdenticalCall_isRefused_argumentsComparedAsJsonValues() {
    h.runbooks.create(new RunbookDraft("Disk full", "x"), AgentHarness.NOW);
    h.model.thenCall(
            call("c1", "search_runbooks", Map.of("query", "disk", "limit", 5)),
            call("c2", "search_runbooks", Map.of("limit", 5.0, "query", "disk")),
            call("c3", "search_runbooks", Map.of("query", "disk", "limit", 5L)))
        .thenCall(
            call("c4", "search_runbooks", Map.of("limit", 5, "query", "disk")),
            call("c5", "search_runbooks", Map.of("query", "disk", "limit", 4)),
            call("c6", "search_runbooks", Map.of("query", "disk", "limit", 5)))
        .thenAnswer("done");

    h.run("task");

    assertThat(h.recorder.toolCalls()).extracting(e -> e.get("success"))
        .containsExactly(true, true, true, false, true, false);
    assertThat(h.recorder.toolCalls().get(3)).containsEntry("error", "repeated identical call; change approach");
    assertThat(h.model.requests().get(2).messages().get(6).text())
        .isEqualTo("{\"error\":\"repeated identical call; change approach\"}");
  }
}
