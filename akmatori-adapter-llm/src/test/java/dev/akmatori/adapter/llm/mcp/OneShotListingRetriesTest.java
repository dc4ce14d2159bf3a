package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.http.Sleeper;
import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpTool;
import dev.akmatori.domain.mcp.McpTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-shot listing of {@code GET …/tools} (contract §3.9) tries a passing failure again by the
 * pooled source's rule (ADR 0015: 3 attempts, 200/400 ms apart, one deadline) and a definitive one
 * never: against real server processes that count their starts, and a loopback port that refuses
 * the first attempt and has a real server-everything listening by the second.
 */
class OneShotListingRetriesTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** Room for npx to start server-everything inside the first backoff wait on a loaded machine. */
  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(90);

  @TempDir Path dir;
  private final String marker = UUID.randomUUID().toString();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final SdkMcpClient client = new SdkMcpClient(System.getenv(), recordingRetries(() -> {}));
  private Process httpServer;

  @BeforeAll
  static void downloadTheServerOnce() {
    TestServers.warmUp(TestServers.EVERYTHING);
  }

  @AfterEach
  void nothingIsLeftRunning() {
    if (httpServer != null) {
      ProcessTree.terminate(httpServer, Duration.ofSeconds(2));
    }
    assertThat(Leftovers.find(marker)).isEmpty();
  }

  /** The default rule whose waits are recorded, running {@code beforeFirstRetry} in the first one. */
  private Retries recordingRetries(Runnable beforeFirstRetry) {
    Sleeper real = Sleeper.cancellable();
    return new Retries(Retries.DEFAULT.waits(), (duration, cancellation) -> {
      if (waits.isEmpty()) {
        beforeFirstRetry.run();
      }
      waits.add(duration);
      real.sleep(duration, cancellation);
    });
  }

  private McpServer flaky(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.put("FLAKY_DIR", dir.toString());
    all.put(Leftovers.VARIABLE, marker);
    return TestServers.stdio("flaky", "node", List.of(TestServers.flakyServerScript()), all);
  }

  private long starts() {
    Path file = dir.resolve("starts");
    try {
      return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aServerThatDiesTwiceAtStart_isListedOnItsThirdStart_afterTheTwoBackoffWaits() {
    List<McpTool> tools = client.listTools(flaky(Map.of("FAIL_STARTS", "2")), TIMEOUT);

    assertThat(tools).extracting(McpTool::qualifiedName).containsExactly("flaky.create-ticket");
    assertThat(starts()).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void aServerThatNeverStarts_failsAfterThreeStarts_sayingSo() {
    assertThatThrownBy(() -> client.listTools(flaky(Map.of("FAIL_STARTS", "99")), TIMEOUT))
        .isInstanceOf(McpUnavailableException.class)
        .hasMessageStartingWith("process exited with code 1")
        .hasMessageEndingWith(" (after 3 attempts)");

    assertThat(starts()).isEqualTo(3);
  }

  /**
   * A server that closes its stdin before it exits makes the {@code initialize} write fail with
   * "Broken pipe" first; the reason still says how the process ended (the last CI's flake).
   */
  @Test
  void aServerThatClosesItsInputBeforeExiting_isReportedByItsExit_notByTheBrokenPipe() {
    McpServer server = TestServers.stdio("closes", "sh",
        List.of("-c", "exec 0<&-; sleep 0.3; echo 'config missing' >&2; exit 3"), Map.of(Leftovers.VARIABLE, marker));

    assertThatThrownBy(() -> client.listTools(server, TIMEOUT))
        .isInstanceOf(McpUnavailableException.class)
        .hasMessage("process exited with code 3: config missing (after 3 attempts)");
  }

  @Test
  void anErrorAnswer_isDefinitive_andNotRetried() {
    assertThatThrownBy(() -> client.listTools(flaky(Map.of("LIST_ERROR", "1")), TIMEOUT))
        .isInstanceOf(McpUnavailableException.class)
        .hasMessage("server error: tool registry unavailable");

    assertThat(starts()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void aCommandThatCannotBeStarted_isABadConfiguration_andNotRetried() throws IOException {
    Path notExecutable = Files.writeString(dir.resolve("server.sh"), "#!/bin/sh\nexit 0\n");

    assertThatThrownBy(() -> client.listTools(
            TestServers.stdio("x", notExecutable.toString(), List.of(), Map.of(Leftovers.VARIABLE, marker)), TIMEOUT))
        .isInstanceOf(McpUnavailableException.class)
        .hasMessageStartingWith("cannot start '" + notExecutable + "': ")
        .hasMessageContaining("Permission denied")
        .hasMessageNotContaining("attempts");
    assertThatThrownBy(() -> client.listTools(
            TestServers.stdio("x", "/nonexistent/mcp-server", List.of(), Map.of()), TIMEOUT))
        .hasMessageStartingWith("cannot start '/nonexistent/mcp-server': ")
        .hasMessageNotContaining("attempts");

    assertThat(waits).isEmpty();
  }

  @Test
  void serverEverythingOverStdio_whoseFirstStartDies_isListedOnTheSecond() {
    // A real npm server behind a launcher that fails its first start, as a server still being
    // installed or waiting for a resource would.
    String launcher = "if [ ! -e \"$FLAKY_DIR/once\" ]; then : > \"$FLAKY_DIR/once\"; echo 'warming up' >&2; exit 75; fi; "
        + "exec npx -y " + TestServers.EVERYTHING;
    McpServer server = TestServers.stdio("every", "sh", List.of("-c", launcher),
        Map.of("FLAKY_DIR", dir.toString(), Leftovers.VARIABLE, marker));

    List<McpTool> tools = client.listTools(server, HTTP_TIMEOUT);

    NpmServersOverStdioTest.assertMatchesFixture(tools, "every", "mcp-everything-tools.json");
    assertThat(waits).containsExactly(Duration.ofMillis(200));
  }

  @Test
  void streamableHttp_onAPortThatRefusesTheFirstAttempt_isListedOnceTheServerListens() {
    listedAfterARefusal("streamableHttp", McpTransport.STREAMABLE_HTTP, "/mcp");
  }

  @Test
  void legacySse_onAPortThatRefusesTheFirstAttempt_isListedOnceTheServerListens() {
    listedAfterARefusal("sse", McpTransport.SSE, "/sse");
  }

  /**
   * Nothing listens on the port for the first attempt (a real refusal); during the first backoff
   * wait server-everything is started on it, and the wait ends once it listens (npx takes seconds,
   * more than the 200 ms backoff), so the second attempt meets a real server.
   */
  private void listedAfterARefusal(String mode, McpTransport transport, String path) {
    int port = TestServers.freePort();
    SdkMcpClient lateServer = new SdkMcpClient(System.getenv(), recordingRetries(() -> {
      try {
        httpServer = TestServers.everythingOverHttp(mode, port, marker);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));

    List<McpTool> tools = lateServer.listTools(
        TestServers.http("every", transport, "http://127.0.0.1:" + port + path, null), HTTP_TIMEOUT);

    NpmServersOverStdioTest.assertMatchesFixture(tools, "every", "mcp-everything-tools.json");
    assertThat(waits).as("one refusal, one wait").containsExactly(Duration.ofMillis(200));
  }
}
