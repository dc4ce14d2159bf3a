package dev.akmatori.application.investigation.agent;

import static dev.akmatori.application.investigation.testing.ScriptedChatModel.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.testing.AgentHarness;
import dev.akmatori.application.investigation.testing.FakeToolInvoker;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AgentLoopStopTest {
  private final AgentHarness h = new AgentHarness();

  AgentLoopStopTest() {
    h.allowlist.builtin(1, "prod-zabbix", "zabbix", Map.of("zabbix_url", "https://zbx.corp"));
  }

  @Test
  void cancellingDuringAToolCall_abortsTheTool_recordsItsEvent_andCancelsTheRun() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    h.invoker.answering(FakeToolInvoker.blockingUntilCancelled(started));
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "zabbix.get_problems")), call("c2", "list_tools", Map.of()));

    CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
      awaitQuietly(started);
      h.cancellation.cancel();
    });
    RunOutcome outcome = h.run("task");
    canceller.get(30, TimeUnit.SECONDS);

    assertThat(outcome).isEqualTo(RunOutcome.cancelled(1, 120));
    assertThat(outcome.error()).isEqualTo("Investigation cancelled");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("name", "zabbix.get_problems").containsEntry("success", false)
        .containsEntry("error", "Investigation cancelled"));
    assertThat(h.model.requests()).hasSize(1);
  }

  @Test
  void cancellingBetweenSteps_stopsBeforeTheNextModelCall() {
    h.recorder.afterToolCall(h.cancellation::cancel);
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "zabbix.get_hosts")), call("c2", "list_tools", Map.of()))
        .thenAnswer("never asked");

    RunOutcome outcome = h.run("task");

    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.CANCELLED);
    assertThat(h.model.requests()).hasSize(1);
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> assertThat(e).containsEntry("success", true));
  }

  @Test
  void cancellingDuringAModelCall_cancelsTheRun() {
    CountDownLatch started = new CountDownLatch(1);
    h.model.thenBlockUntilCancelled(started);
    CompletableFuture.runAsync(() -> {
      awaitQuietly(started);
      h.cancellation.cancel();
    });

    RunOutcome outcome = h.run("task");

    assertThat(outcome).isEqualTo(RunOutcome.cancelled(0, 0));
  }

  @Test
  void anAlreadyCancelledRun_endsBeforeAnyModelCall() {
    h.cancellation.cancel();

    RunOutcome outcome = h.run("task");

    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.CANCELLED);
    assertThat(h.model.requests()).isEmpty();
    assertThat(h.model.endpoints()).isEmpty();
  }

  @Test
  void shutdownDuringAToolCall_interruptsTheRun_forReQueueing() {
    CountDownLatch started = new CountDownLatch(1);
    h.invoker.answering(FakeToolInvoker.blockingUntilCancelled(started));
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "zabbix.get_problems")));
    CompletableFuture.runAsync(() -> {
      awaitQuietly(started);
      h.shutdown.cancel();
    });

    RunOutcome outcome = h.run("task");

    assertThat(outcome).isEqualTo(RunOutcome.interrupted(1, 120));
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("error", "Investigation interrupted: the server is shutting down"));
  }

  @Test
  void theFirstStopSignal_wins() {
    h.recorder.afterToolCall(() -> {
      h.shutdown.cancel();
      h.cancellation.cancel();
    });
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "zabbix.get_hosts")));

    RunOutcome outcome = h.run("task");

    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.INTERRUPTED);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS); // long: cancelling before the call starts tests something else
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
