package dev.akmatori.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.model.ChatMessage;
import dev.akmatori.application.model.ChatRequest;
import dev.akmatori.application.model.FunctionSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example's investigation, run as an embedding program would run it. */
class EmbeddedInvestigationTest {
  private static final String TASK = "CPU alert on web-1. Find the cause.";

  @Test
  void anInvestigation_runsToItsAnswer_throughARunbookSearchAndTheMetricsTool() {
    EmbeddedInvestigation.Result result = EmbeddedInvestigation.run(TASK);

    RunOutcome outcome = result.outcome();
    assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
    assertThat(outcome.response()).isEqualTo("web-1 is CPU-bound (web-1: CPU 97 % (5-minute average), load 14.2)."
        + " Runbook 'High CPU on web hosts' applies: restart the worker pool with systemctl restart web-workers.");
    assertThat(outcome.steps()).isEqualTo(3);
    assertThat(outcome.tokensUsed()).isEqualTo(3 * 150);
    assertThat(outcome.error()).isNull();
  }

  @Test
  void theMetricsTool_wasCalledThroughTheToolGateway_andItsAnswerReachedTheModel() {
    EmbeddedInvestigation.Result result = EmbeddedInvestigation.run(TASK);

    assertThat(result.metrics().calls())
        .containsExactly(Map.of("tool", "cpu_usage", "arguments", Map.of("host", "web-1")));
    assertThat(result.toolCalls()).extracting(call -> call.get("name"))
        .containsExactly("search_runbooks", "metrics.cpu_usage");
    assertThat(result.toolCalls()).allMatch(call -> Boolean.TRUE.equals(call.get("success")));
    assertThat(result.toolCalls().get(1).get("output")).isEqualTo("web-1: CPU 97 % (5-minute average), load 14.2");
    assertThat((String) result.toolCalls().get(0).get("output")).contains("\"title\":\"High CPU on web hosts\"");

    List<ChatRequest> requests = result.model().requests();
    assertThat(requests).hasSize(3);
    ChatMessage lastToolResult = requests.get(2).messages().get(requests.get(2).messages().size() - 1);
    assertThat(lastToolResult.role()).isEqualTo(ChatMessage.Role.TOOL);
    assertThat(lastToolResult.text()).isEqualTo("web-1: CPU 97 % (5-minute average), load 14.2");
  }

  @Test
  void theModelIsBriefedWithTheTaskAndTheMcpStyleTool() {
    EmbeddedInvestigation.Result result = EmbeddedInvestigation.run(TASK);

    ChatRequest first = result.model().requests().get(0);
    assertThat(first.messages().get(0).text()).contains(TASK);
    assertThat(first.systemPrompt()).contains("metrics.cpu_usage");
    assertThat(first.functions()).extracting(FunctionSpec::name).contains("search_runbooks", "call_tool");
  }

  @Test
  void main_printsTheResponse_theTokens_theStepsAndTheToolCalls() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      EmbeddedInvestigation.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Outcome:  COMPLETED")
        .contains("Response: web-1 is CPU-bound")
        .contains("Steps:    3")
        .contains("Tokens:   450")
        .contains("Tool call metrics.cpu_usage {host=web-1} -> web-1: CPU 97 %");
  }

  @Test
  void theScript_refusesAFourthTurn() {
    ScriptedModel model = ScriptedModel.cpuInvestigation();
    ChatRequest request = new ChatRequest("system", List.of(ChatMessage.user("go")), List.of(), 0);
    model.complete(request, Cancellation.NONE);
    model.complete(request, Cancellation.NONE);
    model.complete(request, Cancellation.NONE);

    assertThatThrownBy(() -> model.complete(request, Cancellation.NONE)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the script has no turn 4");
  }

  @Test
  void theJsonWriter_writesWhatTheLoopHandsTheModel() {
    JsonWriter json = new JsonWriter();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", 1L);
    row.put("title", "A \"quoted\"\nline");
    row.put("ok", true);
    row.put("none", null);

    assertThat(json.write(List.of(row, List.of(), 2.5)))
        .isEqualTo("[{\"id\":1,\"title\":\"A \\\"quoted\\\"\\nline\",\"ok\":true,\"none\":null},[],2.5]");
  }
}
