package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.akmatori.adapter.llm.testing.ClosedPort;
import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.domain.mcp.McpAuth;
import dev.akmatori.domain.mcp.McpAuthType;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpTransport;
import dev.akmatori.domain.shared.Secret;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Unreachable, broken and silent servers fail fast with a short reason and leave nothing behind. */
class McpFailuresTest {
  private final SdkMcpClient client = new SdkMcpClient();
  private final String marker = UUID.randomUUID().toString();

  @AfterEach
  void nothingIsLeftRunning() {
    assertThat(Leftovers.find(marker)).isEmpty();
  }

  private McpServer node(String script, Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.put(Leftovers.VARIABLE, marker);
    return TestServers.stdio("bad", "node", List.of("-e", script), all);
  }

  private static void failsWithin(Duration limit, ThrowingCallable call, String reason) {
    long start = System.nanoTime();
    assertThatThrownBy(call).isInstanceOf(McpUnavailableException.class).hasMessageMatching(reason);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
  }

  @Test
  void aCommandThatDoesNotExist_failsAtOnce() {
    McpServer server = TestServers.stdio("x", "/nonexistent/mcp-server", List.of(), Map.of());

    failsWithin(Duration.ofSeconds(5), () -> client.listTools(server, Duration.ofSeconds(30)),
        "cannot start '/nonexistent/mcp-server': .*");
  }

  @ParameterizedTest
  @EnumSource(value = McpTransport.class, names = {"SSE", "STREAMABLE_HTTP"})
  void aDeadUrl_failsFastWithConnectionRefused_afterThreeAttempts(McpTransport transport) {
    try (ClosedPort dead = ClosedPort.open()) {
      String url = "http://127.0.0.1:" + dead.port() + "/mcp";

      failsWithin(Duration.ofSeconds(10),
          () -> client.listTools(TestServers.http("dead", transport, url, null), Duration.ofSeconds(30)),
          "connection refused \\(after 3 attempts\\)");
    }
  }

  @Test
  void aServerThatExits_failsFast_withItsExitCodeAndLastStderrLine_secretsMasked_afterThreeStarts() {
    McpServer server = node("process.stderr.write('key ' + process.env.API_KEY + ' rejected\\n'); process.exit(3)",
        Map.of("API_KEY", "sk-abc123xyz"));

    failsWithin(Duration.ofSeconds(10), () -> client.listTools(server, Duration.ofSeconds(30)),
        "process exited with code 3: key \\*\\*\\*\\*3xyz rejected \\(after 3 attempts\\)");
  }

  @Test
  void aServerThatNeverAnswers_timesOut_andItsChildrenAreKilledToo() {
    McpServer server = node(
        "require('child_process').spawn('sleep', ['300'], {stdio: 'ignore'}); setInterval(() => {}, 1000)", Map.of());

    failsWithin(Duration.ofSeconds(10), () -> client.listTools(server, Duration.ofSeconds(2)),
        "timed out after 2 s");
  }

  @Test
  void httpAuth_sendsTheTokenInTheConfiguredHeader_andARejectionIsAFailure_notRetried() throws IOException {
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fake.createContext("/mcp", exchange -> {
      seen.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key")));
      exchange.sendResponseHeaders(403, -1);
      exchange.close();
    });
    fake.start();
    try {
      McpAuth auth = new McpAuth(McpAuthType.HEADER, Secret.of("tok-0000-9999"), "X-Api-Key");
      String url = "http://127.0.0.1:" + fake.getAddress().getPort() + "/mcp";

      assertThatThrownBy(() -> client.listTools(
              TestServers.http("auth", McpTransport.STREAMABLE_HTTP, url, auth), Duration.ofSeconds(10)))
          .isInstanceOf(McpUnavailableException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tok-0000-9999").doesNotContain("attempts"));
      assertThat(seen).as("a rejection is definitive: one request, no retry").containsExactly("tok-0000-9999");
    } finally {
      fake.stop(0);
    }
  }
}
