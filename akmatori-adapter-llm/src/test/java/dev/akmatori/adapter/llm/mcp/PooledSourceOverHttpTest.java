package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.mcp.McpTransport;
import java.io.IOException;
import java.time.Instant;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pooled source against {@code server-everything} in streamable-HTTP mode on a free loopback port. */
class PooledSourceOverHttpTest {
  private static final Duration CALL = Duration.ofSeconds(60);

  private final String marker = UUID.randomUUID().toString();
  private final McpRegistry registry = new McpRegistry();
  private final CountingConnector connector = new CountingConnector();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-06T10:00:00Z"));
  private final PooledMcpToolSource source = new PooledMcpToolSource(
      registry.configs, connector, clock, PooledMcpToolSource.IDLE_TIMEOUT, Duration.ofHours(1));
  private final int port = TestServers.freePort();
  private Process server;

  @BeforeAll
  static void downloadTheServerOnce() {
    TestServers.warmUp(TestServers.EVERYTHING);
  }

  @AfterEach
  void stopEverything_andNothingIsLeft() {
    source.close();
    stopServer();
    assertThat(Leftovers.find(marker)).isEmpty();
  }

  private void stopServer() {
    if (server != null) {
      ProcessTree.terminate(server, Duration.ofSeconds(2));
    }
  }

  private McpServerRef start() throws IOException {
    server = TestServers.everythingOverHttp("streamableHttp", port, marker);
    registry.add(McpRegistry.http("web", McpTransport.STREAMABLE_HTTP, "http://127.0.0.1:" + port + "/mcp"));
    McpServerRef ref = source.enabledServers().get(0);
    assertThat(source.listTools(ref, Cancellation.NONE)).extracting(McpTool::name).contains("echo", "get-sum");
    return ref;
  }

  private Object call(McpServerRef ref, String tool, Map<String, Object> arguments) {
    return source.callTool(ref, tool, arguments, CALL, Cancellation.NONE);
  }

  @Test
  void calls_overStreamableHttp_shareOneSession() throws IOException {
    McpServerRef ref = start();

    assertThat(call(ref, "echo", Map.of("message", "over http"))).isEqualTo("Echo: over http");
    assertThat(call(ref, "get-sum", Map.of("a", 40, "b", 2))).isEqualTo("The sum of 40 and 2 is 42.");
    assertThat(connector.connects()).isEqualTo(1);
  }

  @Test
  void aRestartedServer_isReachedAgain_byTheNextListing() throws IOException {
    McpServerRef ref = start();
    call(ref, "echo", Map.of("message", "before"));

    stopServer();
    server = TestServers.everythingOverHttp("streamableHttp", port, marker);
    clock.advance(PooledMcpToolSource.TOOL_LIST_TTL); // the next run lists again, on the pooled stale session

    assertThat(source.listTools(ref, Cancellation.NONE)).extracting(McpTool::name).contains("echo");
    assertThat(call(ref, "echo", Map.of("message", "after"))).isEqualTo("Echo: after");
    assertThat(connector.connects()).isEqualTo(2);
  }

  @Test
  void aCallOnTheSessionOfARestartedServer_failsOnce_withoutBeingSentAgain_andTheNextCallReconnects()
      throws IOException {
    McpServerRef ref = start();
    call(ref, "echo", Map.of("message", "before"));

    stopServer();
    server = TestServers.everythingOverHttp("streamableHttp", port, marker);

    // The SDK reports the 404 for the unknown session as a generic end of the session, so the call
    // cannot be told apart from one the server may have run: it is not repeated (ADR 0015).
    assertThatThrownBy(() -> call(ref, "echo", Map.of("message", "lost")))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("MCP server 'web-server': ");
    assertThat(call(ref, "echo", Map.of("message", "after"))).isEqualTo("Echo: after");
    assertThat(connector.connects()).isEqualTo(2);
  }

  @Test
  void aCallToAServerThatWentAway_isRefusedUnsent_andTriedThreeTimesInAll() throws IOException {
    McpServerRef ref = start();

    stopServer();

    assertThatThrownBy(() -> call(ref, "echo", Map.of("message", "nobody")))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("MCP server 'web-server' unavailable: connection refused (after 3 attempts)");
    assertThat(connector.connects()).isEqualTo(3); // the first, then two reconnects refused
  }
}
