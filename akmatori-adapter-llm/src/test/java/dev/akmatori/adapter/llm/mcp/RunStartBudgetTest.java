package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.adapter.llm.testing.ClosedPort;
import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.investigation.tool.CallableTool;
import dev.akmatori.application.investigation.tool.ToolGateway;
import dev.akmatori.application.investigation.tool.ToolInvokers;
import dev.akmatori.application.investigation.tool.ToolSession;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run's start through the agent loop's {@link ToolGateway} (contract §5.4): every enabled server
 * is contacted in parallel within the budget; the dead ones are left out with a notice and nothing
 * of them keeps running, the live one's tools are callable.
 */
class RunStartBudgetTest {
  // Twice contract §5.4's budget (10 s per server): npx starting server-everything took 5–6 s at
  // load 25, 10 s left too little room for a slower moment, and a run's start treats every server
  // alike, so the test's budget only has to tell a live server from a mute one.
  private static final Duration BUDGET = Duration.ofSeconds(20);

  private final String marker = UUID.randomUUID().toString();
  private final McpRegistry registry = new McpRegistry();
  private final PooledMcpToolSource source = new PooledMcpToolSource(registry.configs);
  private final ExecutorService runThreads = Executors.newCachedThreadPool();
  private final List<String> notices = new CopyOnWriteArrayList<>();
  private final ClosedPort gone = ClosedPort.open();

  @BeforeAll
  static void downloadTheServerOnce() {
    TestServers.warmUp(TestServers.EVERYTHING);
  }

  @AfterEach
  void closeEverything_andNothingIsLeft() {
    source.close();
    runThreads.shutdownNow();
    gone.close();
    assertThat(Leftovers.find(marker)).isEmpty();
  }

  private ToolSession startRun() throws InterruptedException {
    ToolGateway gateway = new ToolGateway(List::of, ToolInvokers.none(), source);
    return gateway.open(BUDGET, Cancellation.NONE, runThreads, notices::add, new SecretRedactor());
  }

  @Test
  void deadServers_areLeftOutWithinTheBudget_andTheLiveOnesToolsAreCallable() throws InterruptedException {
    Map<String, String> env = Map.of(Leftovers.VARIABLE, marker);
    registry.add(McpRegistry.stdio("every", "npx", List.of("-y", TestServers.EVERYTHING), env));
    registry.add(McpRegistry.stdio("mute", "node", List.of("-e", "setInterval(() => {}, 1000)"), env));
    registry.add(McpRegistry.stdio("missing", "/nonexistent/mcp-server", List.of(), env));
    registry.add(McpRegistry.http("gone", McpTransport.STREAMABLE_HTTP,
        "http://127.0.0.1:" + gone.port() + "/mcp"));
    long start = System.nanoTime();

    ToolSession session = startRun();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the servers in parallel, within one budget")
        .isLessThan(BUDGET.plusSeconds(10));
    assertThat(notices).hasSize(3).contains(
        "MCP server 'mute-server' unavailable: no tool list within 20 s",
        "MCP server 'gone-server' unavailable: connection refused (after 3 attempts)");
    // A command that cannot be started is a bad setting: reported at once, not retried.
    assertThat(notices).anyMatch(n -> n.startsWith("MCP server 'missing-server' unavailable: cannot start '/nonexistent")
        && !n.contains("attempts"));
    assertThat(session.tools()).extracting(CallableTool::name).contains("every.echo").allMatch(n -> n.startsWith("every."));
    assertThat(session.resolve("every.echo", null).invoke(Map.of("message", "via the gateway"),
        Duration.ofSeconds(60), Cancellation.NONE)).isEqualTo("Echo: via the gateway");
    PooledMcpToolSourceTest.waitFor(() -> Leftovers.find(marker, "setInterval").isEmpty(), "the mute server to be stopped");
  }

  @Test
  void aSecondRunWithinFiveMinutes_takesTheToolsFromTheCache_withoutContactingTheServer() throws InterruptedException {
    registry.add(McpRegistry.stdio("every", "npx", List.of("-y", TestServers.EVERYTHING),
        Map.of(Leftovers.VARIABLE, marker)));
    startRun();
    source.close(); // no connection left: only the cache can answer now

    ToolSession second = startRun();

    assertThat(notices).isEmpty();
    assertThat(second.tools()).extracting(CallableTool::name).contains("every.echo", "every.get-sum");
    assertThat(Leftovers.find(marker)).isEmpty();
  }
}
