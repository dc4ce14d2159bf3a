package dev.akmatori.adapter.llm.mcp;

import static dev.akmatori.adapter.llm.mcp.PooledMcpToolSourceTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpServerSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retry rule (ADR 0015) against a real stdio server process that counts the starts and the
 * calls reaching it: connects are tried three times with backoff; a call that reached the server
 * is never sent twice; a request on a connection found dead is marked as never sent.
 */
class PooledSourceRetriesOverStdioTest {
  private static final Duration CALL = Duration.ofSeconds(30);

  @TempDir Path dir;
  private final String marker = UUID.randomUUID().toString();
  private final McpRegistry registry = new McpRegistry();
  private final CountingConnector connector = new CountingConnector();
  private final PooledMcpToolSource source = new PooledMcpToolSource(
      registry.configs, connector, Clock.systemUTC(), PooledMcpToolSource.IDLE_TIMEOUT, Duration.ofHours(1));

  @AfterEach
  void closeTheSource_andNothingIsLeft() {
    source.close();
    assertThat(Leftovers.find(marker)).isEmpty();
  }

  private McpServerSpec flaky(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.put("FLAKY_DIR", dir.toString());
    all.put(Leftovers.VARIABLE, marker);
    return McpRegistry.stdio("flaky", "node", List.of(TestServers.flakyServerScript()), all);
  }

  private McpServerRef add(Map<String, String> env) {
    registry.add(flaky(env));
    return source.enabledServers().get(0);
  }

  /** Lines the server wrote to {@code name}: one per start or per call received. */
  private long count(String name) {
    Path file = dir.resolve(name);
    try {
      return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aServerThatFailsToStartTwice_isListedOnItsThirdStart() {
    McpServerRef ref = add(Map.of("FAIL_STARTS", "2"));

    assertThat(source.listTools(ref, Cancellation.NONE)).extracting(McpTool::name).containsExactly("create-ticket");

    assertThat(count("starts")).isEqualTo(3);
    assertThat(connector.connects()).isEqualTo(3);
  }

  @Test
  void aServerThatNeverStarts_isUnavailable_afterThreeStarts() {
    McpServerRef ref = add(Map.of("FAIL_STARTS", "99"));

    assertThatThrownBy(() -> source.callTool(ref, "create-ticket", Map.of(), CALL, Cancellation.NONE))
        .isInstanceOf(ToolCallException.class)
        // The last stderr line ("not ready yet") follows the exit code when its reader drained it in time.
        .hasMessageStartingWith("MCP server 'flaky-server' unavailable: process exited with code 1")
        .hasMessageEndingWith(" (after 3 attempts)");

    assertThat(count("starts")).isEqualTo(3);
    assertThat(count("calls")).isZero();
  }

  @Test
  void aCallLostAfterItReachedTheServer_isNotSentAgain() {
    McpServerRef ref = add(Map.of("DIE_ON_CALL", "1"));
    source.listTools(ref, Cancellation.NONE);

    assertThatThrownBy(() -> source.callTool(ref, "create-ticket", Map.of(), CALL, Cancellation.NONE))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("MCP server 'flaky-server': process exited with code 1");

    assertThat(count("calls")).isEqualTo(1);
    assertThat(count("starts")).isEqualTo(1);
    assertThat(connector.connects()).isEqualTo(1);
  }

  @Test
  void aRequestOnAConnectionFoundDead_failsAsNeverSent_andReachesNoServer() {
    SdkMcpConnector direct = new SdkMcpConnector(System.getenv());
    McpConnection connection = direct.connect(flaky(Map.of("DIE_ON_CALL", "1")), Deadline.after(CALL), Cancellation.NONE);
    try {
      assertThatThrownBy(() -> connection.callTool("create-ticket", Map.of(), Deadline.after(CALL), Cancellation.NONE))
          .isInstanceOf(McpUnavailableException.class)
          .satisfies(sent -> assertThat(Retries.neverSent(sent)).isFalse());
      waitFor(() -> connection.ended().isDone(), "the server's end to be seen");

      assertThatThrownBy(() -> connection.callTool("create-ticket", Map.of(), Deadline.after(CALL), Cancellation.NONE))
          .isInstanceOf(McpUnavailableException.class)
          .hasMessageStartingWith("process exited with code 1")
          .satisfies(notSent -> assertThat(Retries.neverSent(notSent)).isTrue());
      assertThat(count("calls")).isEqualTo(1);
    } finally {
      connection.close();
      direct.shutdown();
    }
  }
}
