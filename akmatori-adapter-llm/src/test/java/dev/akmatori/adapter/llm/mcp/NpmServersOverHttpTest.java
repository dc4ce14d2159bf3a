package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.mcp.McpAuth;
import dev.akmatori.domain.mcp.McpAuthType;
import dev.akmatori.domain.mcp.McpTool;
import dev.akmatori.domain.mcp.McpTransport;
import dev.akmatori.domain.shared.Secret;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code server-everything} in its streamable-HTTP and legacy SSE modes on a free loopback port. */
class NpmServersOverHttpTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final McpAuth BEARER = new McpAuth(McpAuthType.BEARER_TOKEN, Secret.of("ignored-by-this-server"), "");

  private final SdkMcpClient client = new SdkMcpClient();
  private final String marker = UUID.randomUUID().toString();
  private Process server;

  @BeforeAll
  static void downloadTheServerOnce() {
    TestServers.warmUp(TestServers.EVERYTHING);
  }

  @AfterEach
  void stopTheServer_andNothingIsLeft() {
    if (server != null) {
      ProcessTree.terminate(server, Duration.ofSeconds(2));
    }
    assertThat(Leftovers.find(marker)).isEmpty();
    assertThat(Leftovers.descendantsMentioning("server-everything")).isEmpty();
  }

  @Test
  void streamableHttp_listsTheRecordedTools() throws IOException {
    int port = TestServers.freePort();
    server = TestServers.everythingOverHttp("streamableHttp", port, marker);

    List<McpTool> tools = client.listTools(
        TestServers.http("every", McpTransport.STREAMABLE_HTTP, "http://127.0.0.1:" + port + "/mcp", BEARER), TIMEOUT);

    NpmServersOverStdioTest.assertMatchesFixture(tools, "every", "mcp-everything-tools.json");
  }

  @Test
  void legacySse_opensTheStream_postsToTheAnnouncedEndpoint_andListsTheRecordedTools() throws IOException {
    int port = TestServers.freePort();
    server = TestServers.everythingOverHttp("sse", port, marker);

    List<McpTool> tools = client.listTools(
        TestServers.http("every", McpTransport.SSE, "http://127.0.0.1:" + port + "/sse", null), TIMEOUT);

    NpmServersOverStdioTest.assertMatchesFixture(tools, "every", "mcp-everything-tools.json");
  }
}
