package dev.akmatori.application.investigation.agent;

import static dev.akmatori.application.investigation.testing.ScriptedChatModel.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.investigation.testing.AgentHarness;
import dev.akmatori.application.investigation.testing.InMemoryMcpToolSource;
import dev.akmatori.application.investigation.testing.ScriptedChatModel;
import dev.akmatori.application.model.ChatResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentLoopResultTest {
  private final AgentHarness h = new AgentHarness();

  @Test
  void aResultLongerThan8192JsonCharacters_isSpilled_andTheModelGetsAPreviewWithThePath() {
    String big = "x".repeat(9000);
    h.mcp.server(1, "Logs", "logs", InMemoryMcpToolSource.tool("tail", "Tail logs")).result("logs.tail", big);
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "logs.tail"))).thenAnswer("done");

    h.run("task");

    String path = "tool_outputs/logs.tail_" + AgentHarness.NOW.toEpochMilli() + ".json";
    String toModel = h.model.requests().get(1).messages().get(2).text();
    assertThat(toModel).isEqualTo("x".repeat(2000) + "\n[Full output saved to: " + path + "]");
    assertThat(h.workspace.file(h.incident, path)).contains("\"" + big + "\"");
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> {
      assertThat((String) e.get("output")).hasSize(4096);
      assertThat(e).containsEntry("output_truncated", true).containsEntry("success", true);
    });
  }

  @Test
  void aResultOfExactly8192JsonCharacters_staysInline() {
    String text = "y".repeat(8190); // 8,192 characters once quoted
    h.mcp.server(1, "Logs", "logs", InMemoryMcpToolSource.tool("tail", "Tail logs")).result("logs.tail", text);
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "logs.tail"))).thenAnswer("done");

    h.run("task");

    assertThat(h.model.requests().get(1).messages().get(2).text()).isEqualTo(text);
  }

  @Test
  void whenTheSpillFails_theModelStillGetsThePreview_andTheReason() {
    h.workspace.failSpills();
    h.mcp.server(1, "Logs", "logs", InMemoryMcpToolSource.tool("tail", "Tail logs"))
        .result("logs.tail", List.of("z".repeat(9000)));
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "logs.tail"))).thenAnswer("done");

    h.run("task");

    String toModel = h.model.requests().get(1).messages().get(2).text();
    assertThat(toModel).startsWith("[\"zzz").contains("[Output truncated; the full output could not be saved: disk full]");
  }

  @Test
  void anUnavailableMcpServer_isLoggedAndLeftOut_andTheRunContinues() {
    h.mcp.failing(1, "GitHub", "github", "connection refused")
        .hanging(2, "Slow", "slow")
        .server(3, "Logs", "logs", InMemoryMcpToolSource.tool("tail", "Tail the logs"));
    h.model.thenCall(call("c1", "call_tool", Map.of("name", "github.repos.list"))).thenAnswer("done");
    // The run waits the whole budget for Slow: short, but long enough for Logs to answer on a loaded machine.
    h.limits = h.limits.withMcpListBudget(Duration.ofSeconds(2));

    h.run("task");

    assertThat(h.recorder.logs()).containsExactly(
        "MCP server 'GitHub' unavailable: connection refused",
        "MCP server 'Slow' unavailable: no tool list within 2 s");
    String system = h.model.requests().get(0).systemPrompt();
    assertThat(system).contains("- logs.tail: Tail the logs [read-only] (MCP)").doesNotContain("github.");
    assertThat(h.model.requests().get(1).messages().get(2).text())
        .isEqualTo("{\"error\":\"tool 'github.repos.list' is not available to this investigation\"}");
  }

  @Test
  void anMcpToolNameWithDots_isSplitAtTheFirstDot() {
    h.mcp.server(1, "GitHub", "github", InMemoryMcpToolSource.tool("repos.list", "List repositories"))
        .result("github.repos.list", List.of("akmatori"));
    h.model.thenCall(call("c1", "call_tool",
            Map.of("name", "github.repos.list", "arguments", Map.of("org", "acme"))))
        .thenAnswer("done");

    h.run("task");

    assertThat(h.mcp.calls()).singleElement().isEqualTo(
        new InMemoryMcpToolSource.Call("GitHub", "repos.list", Map.of("org", "acme")));
    assertThat(h.recorder.toolCalls()).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("name", "github.repos.list").containsEntry("instance", null)
        .containsEntry("arguments", Map.of("org", "acme")).containsEntry("output", "[\"akmatori\"]"));
  }

  @Test
  void theTranscript_holdsEveryRequestAndResponse_withoutTheApiKeyOrToolSecrets() {
    h.allowlist.builtin(1, "prod-zabbix", "zabbix",
        Map.of("zabbix_url", "https://zbx.corp", "zabbix_token", "zbx-secret-token-42"));
    h.invoker.answering((invocation, cancellation) ->
        Map.of("echo", "token=" + invocation.settings().get("zabbix_token")));
    h.model.thenRespond(new ChatResponse("I was told the key is " + AgentHarness.API_KEY,
            List.of(call("c1", "call_tool", Map.of("name", "zabbix.get_hosts"))), "",
            ScriptedChatModel.USAGE, ChatResponse.StopReason.TOOL_CALLS, List.of()))
        .thenAnswer("Final, key " + AgentHarness.API_KEY);

    var outcome = h.run("task mentioning " + AgentHarness.API_KEY);

    List<Map<String, Object>> transcript = h.workspace.transcript(h.incident);
    assertThat(transcript).extracting(e -> e.get("type"))
        .containsExactly("request", "response", "request", "response");
    assertThat(transcript.get(0)).containsKey("system");
    assertThat(transcript.get(2)).doesNotContainKey("system");
    String all = transcript.toString();
    assertThat(all).doesNotContain(AgentHarness.API_KEY).doesNotContain("zbx-secret-token-42")
        .contains(SecretRedactor.MASK);
    assertThat(h.model.requests().get(1).messages().get(2).text()).doesNotContain("zbx-secret-token-42");
    assertThat(h.recorder.entries().toString()).doesNotContain(AgentHarness.API_KEY);
    assertThat(outcome.response()).doesNotContain(AgentHarness.API_KEY);
  }
}
