package dev.akmatori.adapter.llm.mcp;

import static dev.akmatori.adapter.llm.mcp.PooledMcpToolSourceTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pooled source against the real {@code server-everything} started over stdio with {@code npx -y}. */
class PooledSourceOverStdioTest {
  private static final Duration CALL = Duration.ofSeconds(60);

  private final String marker = UUID.randomUUID().toString();
  private final McpRegistry registry = new McpRegistry();
  private PooledMcpToolSource source = new PooledMcpToolSource(registry.configs);

  @BeforeAll
  static void downloadTheServerOnce() {
    TestServers.warmUp(TestServers.EVERYTHING);
  }

  @AfterEach
  void closingTheSource_leavesNoProcessBehind() {
    source.close();
    assertThat(Leftovers.find(marker)).isEmpty();
  }

  private McpServerSpec everything(Map<String, String> env) {
    Map<String, String> all = new LinkedHashMap<>(env);
    all.put(Leftovers.VARIABLE, marker);
    return McpRegistry.stdio("every", "npx", List.of("-y", TestServers.EVERYTHING), all);
  }

  /** What a run does first: the enabled servers, then each one's tools. */
  private McpServerRef startRun() {
    McpServerRef ref = source.enabledServers().get(0);
    assertThat(source.listTools(ref, Cancellation.NONE)).extracting(McpTool::name).contains("echo", "get-sum");
    return ref;
  }

  private Object call(McpServerRef ref, String tool, Map<String, Object> arguments) {
    return source.callTool(ref, tool, arguments, CALL, Cancellation.NONE);
  }

  private List<String> serverProcesses() {
    return Leftovers.find(marker);
  }

  @Test
  void echoAndGetSum_answerWithTheirTextUnwrapped() {
    registry.add(everything(Map.of()));
    McpServerRef ref = startRun();

    assertThat(call(ref, "echo", Map.of("message", "hello from akmatori"))).isEqualTo("Echo: hello from akmatori");
    assertThat(call(ref, "get-sum", Map.of("a", 2, "b", 3.5))).isEqualTo("The sum of 2 and 3.5 is 5.5.");
  }

  @Test
  void invalidArguments_andUnknownTools_areToolErrorsWithTheServersText_andTheServerStaysUp() {
    registry.add(everything(Map.of()));
    McpServerRef ref = startRun();

    assertThatThrownBy(() -> call(ref, "get-sum", Map.of("a", "two", "b", 1)))
        .isInstanceOf(ToolCallException.class)
        .hasMessageContaining("Input validation error");
    assertThatThrownBy(() -> call(ref, "no-such-tool", Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessageContaining("no-such-tool");
    assertThat(call(ref, "echo", Map.of("message", "still here"))).isEqualTo("Echo: still here");
    assertThat(source.connections()).isEqualTo(1);
  }

  @Test
  void anImageResult_keepsItsShape_withTheImageAsItsSize() {
    registry.add(everything(Map.of()));
    McpServerRef ref = startRun();

    Object result = call(ref, "get-tiny-image", Map.of());

    assertThat(result).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> content = (List<Map<String, Object>>) ((Map<String, Object>) result).get("content");
    assertThat(content).hasSize(3);
    assertThat(content.get(0)).containsEntry("type", "text");
    assertThat(content.get(1)).containsEntry("type", "image").containsEntry("mimeType", "image/png")
        .containsKey("dataSize").doesNotContainKey("data");
    assertThat((Long) content.get(1).get("dataSize")).isPositive();
  }

  @Test
  void theServersEnvValues_reachItInClear_butAreMaskedInWhatItAnswers() {
    registry.add(everything(Map.of("SERVICE_TOKEN", "sk-live-abcdef123456")));
    McpServerRef ref = startRun();

    String env = (String) call(ref, "get-env", Map.of());

    assertThat(env).contains("\"SERVICE_TOKEN\": \"****3456\"").doesNotContain("sk-live-abcdef123456");
    assertThat(env).doesNotContain("AKMATORI_LEAK_CANARY").doesNotContain("UNRELATED_PARENT_VARIABLE");
  }

  @Test
  void twoRuns_reuseTheSameServerProcess() {
    registry.add(everything(Map.of()));
    McpServerRef first = startRun();
    call(first, "echo", Map.of("message", "one"));
    List<String> processes = serverProcesses();

    McpServerRef second = startRun();
    call(second, "echo", Map.of("message", "two"));

    assertThat(processes).isNotEmpty();
    assertThat(serverProcesses()).isEqualTo(processes);
  }

  @Test
  void anIdleConnection_isClosed_andTheNextCallStartsTheServerAgain() {
    source.close();
    source = new PooledMcpToolSource(registry.configs, new SdkMcpConnector(System.getenv()), Clock.systemUTC(),
        Duration.ofSeconds(1), Duration.ofMillis(200));
    registry.add(everything(Map.of()));
    McpServerRef ref = startRun();
    List<String> before = serverProcesses();

    waitFor(() -> serverProcesses().isEmpty(), "the idle server to be stopped");
    assertThat(source.connections()).isZero();

    assertThat(call(ref, "echo", Map.of("message", "again"))).isEqualTo("Echo: again");
    assertThat(serverProcesses()).isNotEmpty().doesNotContainAnyElementsOf(before);
  }

  @Test
  void changedSettings_restartTheServer_forTheNextCall() {
    McpServer stored = registry.add(everything(Map.of("REGION", "eu-west-1")));
    McpServerRef ref = startRun();
    List<String> before = serverProcesses();

    registry.update(stored, everything(Map.of("REGION", "us-east-2")));
    String env = (String) call(ref, "get-env", Map.of());

    assertThat(env).contains("\"REGION\": \"****st-2\""); // the new value, masked as every env value
    waitFor(() -> serverProcesses().stream().noneMatch(before::contains), "the old server to be stopped");
    assertThat(serverProcesses()).isNotEmpty();
  }

  @Test
  void aCancelledCall_stopsTheServer_andTheNextCallStartsItAgain() throws Exception {
    registry.add(everything(Map.of()));
    McpServerRef ref = startRun();
    CancellationSignal signal = new CancellationSignal();
    CompletableFuture<Object> longCall = CompletableFuture.supplyAsync(() -> source.callTool(
        ref, "trigger-long-running-operation", Map.of("duration", 60, "steps", 60), CALL, signal));
    Thread.sleep(500); // let the request reach the server; a cancel before it is sent ends the same way

    signal.cancel();

    assertThatThrownBy(() -> longCall.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
    waitFor(() -> serverProcesses().isEmpty(), "the server to be stopped");
    assertThat(call(ref, "echo", Map.of("message", "after"))).isEqualTo("Echo: after");
  }

  @Test
  void aCallPastItsTimeout_isAToolError_andStopsTheServer() {
    registry.add(everything(Map.of()));
    McpServerRef ref = startRun();

    assertThatThrownBy(() -> source.callTool(ref, "trigger-long-running-operation",
            Map.of("duration", 60, "steps", 60), Duration.ofSeconds(1), Cancellation.NONE))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("MCP server 'every-server': timed out after 1 s");
    waitFor(() -> serverProcesses().isEmpty(), "the server to be stopped");
  }

  @Test
  void close_stopsEveryServerProcessTree() {
    registry.add(everything(Map.of()));
    startRun();
    assertThat(serverProcesses()).isNotEmpty();

    source.close();

    assertThat(serverProcesses()).isEmpty();
    assertThat(Leftovers.descendantsMentioning("server-everything")).isEmpty();
  }
}
