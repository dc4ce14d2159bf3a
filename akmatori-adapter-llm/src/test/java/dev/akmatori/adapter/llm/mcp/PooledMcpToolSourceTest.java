package dev.akmatori.adapter.llm.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.http.Sleeper;
import dev.akmatori.adapter.llm.testing.RecordingSleeper;
import dev.akmatori.adapter.llm.testing.TestCancellation;
import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.investigation.tool.McpServerRef;
import dev.akmatori.application.investigation.tool.McpTool;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool's and the cache's rules over a scripted connector and a clock moved by hand. */
class PooledMcpToolSourceTest {
  private static final Duration CALL = Duration.ofSeconds(30);

  private final McpRegistry registry = new McpRegistry();
  private final FakeMcpConnector connector = new FakeMcpConnector();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-06T10:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final PooledMcpToolSource source = new PooledMcpToolSource(registry.configs, connector, clock,
      PooledMcpToolSource.IDLE_TIMEOUT, Duration.ofHours(1), new Retries(Retries.DEFAULT.waits(), sleeper));
  private final McpServer server = registry.add(spec("API_KEY", "key-one-1111"));

  @AfterEach
  void closeTheSource() {
    source.close();
  }

  private static McpServerSpec spec(String envKey, String envValue) {
    return McpRegistry.stdio("gh", "npx", List.of("-y", "pkg"), Map.of(envKey, envValue));
  }

  private McpServerRef ref() {
    return source.enabledServers().get(0);
  }

  private Object call(String tool) {
    return source.callTool(ref(), tool, Map.of(), CALL, Cancellation.NONE);
  }

  @Test
  void enabledServers_areTheEnabledStoredOnes_asRefs() {
    registry.add(McpRegistry.stdio("more", "npx", List.of(), Map.of()));
    McpServerSpec disabled = new McpServerSpec("idle-server", McpTransport.STDIO, "", "npx",
        List.of(), Map.of(), "idle", null, false);
    registry.add(disabled);

    assertThat(source.enabledServers()).extracting(McpServerRef::namespacePrefix).containsExactly("gh", "more");
    assertThat(source.enabledServers().get(0)).isEqualTo(new McpServerRef(server.id().value(), "gh-server", "gh"));
  }

  @Test
  void theServersSecrets_reachTheConnectorInClear() {
    call("echo");

    assertThat(connector.last().spec.envVars().get("API_KEY").reveal()).isEqualTo("key-one-1111");
  }

  @Test
  void listTools_thenCalls_acrossRuns_shareOneConnection() {
    List<McpTool> tools = source.listTools(ref(), Cancellation.NONE);
    Object first = call("echo");
    Object second = call("echo");

    assertThat(tools).containsExactly(new McpTool("echo", "Echoes", Map.of("type", "object"), true));
    assertThat(first).isEqualTo("ok:echo");
    assertThat(second).isEqualTo("ok:echo");
    assertThat(connector.connects()).isEqualTo(1);
    assertThat(connector.last().calls).containsExactly("echo", "echo");
  }

  @Test
  void aToolList_isServedFromTheCache_forJustUnderFiveMinutes_thenListedAgain() {
    source.listTools(ref(), Cancellation.NONE);
    clock.advance(Duration.ofMinutes(5).minusMillis(1));
    source.listTools(ref(), Cancellation.NONE);
    assertThat(connector.last().listings).isEqualTo(1);

    clock.advance(Duration.ofMillis(1));
    source.listTools(ref(), Cancellation.NONE);
    assertThat(connector.last().listings).isEqualTo(2);
  }

  @Test
  void aCachedToolList_needsNoConnection_evenAfterTheIdleClose() {
    source.listTools(ref(), Cancellation.NONE);
    clock.advance(Duration.ofMinutes(4));
    connector.holdConnects = new CountDownLatch(1); // a connect now would hang

    assertThat(source.listTools(ref(), Cancellation.NONE)).extracting(McpTool::name).containsExactly("echo");
    assertThat(connector.connects()).isEqualTo(1);
  }

  @Test
  void aConnectionIdleForFiveMinutes_isClosed_andTheNextCallReconnects() {
    call("echo");
    clock.advance(Duration.ofMinutes(5).minusSeconds(1));
    source.sweep();
    assertThat(connector.last().closed()).isFalse();

    clock.advance(Duration.ofSeconds(1));
    source.sweep();
    awaitClosed(connector.connections.get(0));
    assertThat(source.connections()).isZero();

    assertThat(call("echo")).isEqualTo("ok:echo");
    assertThat(connector.connects()).isEqualTo(2);
  }

  @Test
  void aConnectionInUse_isNeverIdle() throws Exception {
    call("warm-up");
    connector.last().holdCalls = new CountDownLatch(1);
    CompletableFuture<Object> slow = CompletableFuture.supplyAsync(() -> call("slow"));
    awaitCalls(connector.last(), 2);
    clock.advance(Duration.ofMinutes(10));
    source.sweep();

    assertThat(connector.last().closed()).isFalse();
    connector.last().holdCalls.countDown();
    assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("ok:slow");
  }

  @Test
  void changedStoredSettings_makeANewConnection_closeTheOld_andListTheToolsAgain() {
    source.listTools(ref(), Cancellation.NONE);
    FakeMcpConnector.Connection old = connector.last();
    registry.update(server, spec("API_KEY", "key-two-2222"));

    call("echo");
    assertThat(connector.connects()).isEqualTo(2);
    assertThat(connector.last().spec.envVars().get("API_KEY").reveal()).isEqualTo("key-two-2222");
    awaitClosed(old);

    source.listTools(ref(), Cancellation.NONE);
    assertThat(connector.last().listings).isEqualTo(1);
  }

  @Test
  void changingOnlyEnabledOrThePrefix_keepsTheConnection() {
    call("echo");
    McpServerSpec s = spec("API_KEY", "key-one-1111");
    registry.update(server, new McpServerSpec(s.name(), s.transport(), s.url(), s.command(), s.args(),
        s.envVars(), "renamed", s.auth(), false));

    source.callTool(new McpServerRef(server.id().value(), "gh-server", "renamed"), "echo", Map.of(), CALL,
        Cancellation.NONE);

    assertThat(connector.connects()).isEqualTo(1);
  }

  @Test
  void concurrentCallers_waitForOneConnect() throws Exception {
    connector.holdConnects = new CountDownLatch(1);
    McpServerRef ref = ref();
    CompletableFuture<List<McpTool>> a = CompletableFuture.supplyAsync(() -> source.listTools(ref, Cancellation.NONE));
    CompletableFuture<Object> b = CompletableFuture.supplyAsync(
        () -> source.callTool(ref, "echo", Map.of(), CALL, Cancellation.NONE));
    awaitConnectsStarted(1);
    connector.holdConnects.countDown();

    assertThat(a.get(10, TimeUnit.SECONDS)).hasSize(1);
    assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo("ok:echo");
    assertThat(connector.connectCancellations).hasSize(1);
    assertThat(connector.connects()).isEqualTo(1);
  }

  @Test
  void aListingCancelledWhileConnecting_abandonsTheConnect() throws Exception {
    connector.holdConnects = new CountDownLatch(1);
    CancellationSignal budget = new CancellationSignal();
    McpServerRef ref = ref();
    CompletableFuture<List<McpTool>> listing = CompletableFuture.supplyAsync(() -> source.listTools(ref, budget));
    awaitConnectsStarted(1);

    budget.cancel();

    assertThatThrownBy(() -> listing.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
    assertThat(connector.connectCancellations.get(0).isCancelled()).isTrue();
    assertThat(source.connections()).isZero();
  }

  @Test
  void aFailedConnect_isNotKept_andTheNextCallTriesAgain() {
    connector.connectFailure = "connection refused";
    assertThatThrownBy(() -> source.listTools(ref(), Cancellation.NONE))
        .isInstanceOf(McpUnavailableException.class).hasMessage("connection refused (after 3 attempts)");
    assertThatThrownBy(() -> call("echo"))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("MCP server 'gh-server' unavailable: connection refused (after 3 attempts)");
    assertThat(connector.connectAttempts()).isEqualTo(6);

    connector.connectFailure = null;
    assertThat(call("echo")).isEqualTo("ok:echo");
    assertThat(connector.connectAttempts()).isEqualTo(7);
    assertThat(source.connections()).isEqualTo(1);
  }

  @Test
  void aServerFailingTwice_isReachedOnTheThirdConnect_afterBackingOff() {
    connector.connectFailures.addAll(List.of("connection refused", "process exited with code 1"));

    assertThat(call("echo")).isEqualTo("ok:echo");

    assertThat(connector.connectAttempts()).isEqualTo(3);
    assertThat(connector.connects()).isEqualTo(1);
    assertThat(connector.last().calls).containsExactly("echo");
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void aListing_isAlsoTriedThreeTimes() {
    connector.connectFailures.addAll(List.of("connection refused", "connection refused"));

    assertThat(source.listTools(ref(), Cancellation.NONE)).extracting(McpTool::name).containsExactly("echo");
    assertThat(connector.connectAttempts()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void aServerFailingThreeTimes_isAToolErrorNamingItAndTheAttempts_withNoFourthTry() {
    connector.connectFailure = "connection refused";

    assertThatThrownBy(() -> call("echo"))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("MCP server 'gh-server' unavailable: connection refused (after 3 attempts)");
    assertThat(connector.connectAttempts()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    // The pool drops a failed connect on the thread that completed it, a moment after the caller saw it.
    waitFor(() -> source.connections() == 0, "the failed connect to be dropped");
  }

  @Test
  void aBackoffWait_neverReachesPastTheCallsTimeout() {
    PooledMcpToolSource slowBackoff = new PooledMcpToolSource(registry.configs, connector, clock,
        PooledMcpToolSource.IDLE_TIMEOUT, Duration.ofHours(1),
        new Retries(List.of(Duration.ofMinutes(1), Duration.ofMinutes(1)), sleeper));
    try {
      connector.connectFailure = "connection refused";
      McpServerRef ref = slowBackoff.enabledServers().get(0);

      assertThatThrownBy(() -> slowBackoff.callTool(ref, "echo", Map.of(), Duration.ofSeconds(10), Cancellation.NONE))
          .isInstanceOf(ToolCallException.class);
      assertThat(sleeper.waits()).hasSize(2).allMatch(wait -> wait.compareTo(Duration.ofSeconds(10)) <= 0);
    } finally {
      slowBackoff.close();
    }
  }

  @Test
  void aCallFoundDeadBeforeItWasSent_isSentAgainOnAFreshConnection() {
    call("warm-up");
    FakeMcpConnector.Connection first = connector.last();
    AtomicInteger answered = new AtomicInteger();
    connector.answers = tool -> {
      if (answered.getAndIncrement() == 0) {
        throw new McpUnavailableException("process exited with code 1", new RequestNotSent("process exited"));
      }
      return new McpSchema.CallToolResult(List.of(new McpSchema.TextContent("ok:" + tool)), false, null, null);
    };

    assertThat(call("echo")).isEqualTo("ok:echo");

    assertThat(connector.connects()).isEqualTo(2);
    assertThat(connector.last().calls).containsExactly("echo");
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200));
    awaitClosed(first);
  }

  @Test
  void aCallThatFailedAfterItWasSent_isNotSentAgain_butItsConnectionIsDropped() {
    call("warm-up");
    FakeMcpConnector.Connection first = connector.last();
    connector.answers = tool -> {
      throw new McpUnavailableException("connection reset");
    };

    assertThatThrownBy(() -> call("create-ticket"))
        .isInstanceOf(ToolCallException.class).hasMessage("MCP server 'gh-server': connection reset");

    assertThat(first.calls).containsExactly("warm-up", "create-ticket");
    assertThat(connector.connects()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
    awaitClosed(first);
  }

  @Test
  void toolErrors_areNeverRetried() {
    connector.answers = tool -> {
      if (tool.equals("bad-argument")) {
        throw new McpUnavailableException("server error: Invalid arguments",
            McpError.builder(-32602).message("Invalid arguments").build());
      }
      return new McpSchema.CallToolResult(List.of(new McpSchema.TextContent("no such issue")), true, null, null);
    };

    assertThatThrownBy(() -> call("bad-argument")).isInstanceOf(ToolCallException.class)
        .hasMessage("MCP server 'gh-server': server error: Invalid arguments");
    assertThatThrownBy(() -> call("get-issue")).isInstanceOf(ToolCallException.class).hasMessage("no such issue");

    assertThat(connector.connects()).isEqualTo(1);
    assertThat(connector.last().calls).containsExactly("bad-argument", "get-issue");
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aCancellationDuringTheBackoff_endsTheWait_andNoFurtherConnectIsTried() throws Exception {
    CountDownLatch backingOff = new CountDownLatch(1);
    Sleeper real = Sleeper.cancellable();
    Sleeper watched = (duration, cancellation) -> {
      backingOff.countDown();
      real.sleep(duration, cancellation);
    };
    PooledMcpToolSource patient = new PooledMcpToolSource(registry.configs, connector, clock,
        PooledMcpToolSource.IDLE_TIMEOUT, Duration.ofHours(1),
        new Retries(List.of(Duration.ofMinutes(10), Duration.ofMinutes(10)), watched));
    try {
      connector.connectFailure = "connection refused";
      CancellationSignal signal = new CancellationSignal();
      McpServerRef ref = patient.enabledServers().get(0);
      CompletableFuture<Object> waiting = CompletableFuture.supplyAsync(
          () -> patient.callTool(ref, "echo", Map.of(), Duration.ofMinutes(30), signal));
      assertThat(backingOff.await(20, TimeUnit.SECONDS)).isTrue();

      signal.cancel();

      assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(CancellationException.class)
          .hasMessageContaining("cancelled while waiting to reconnect");
      assertThat(connector.connectAttempts()).isEqualTo(1);
    } finally {
      patient.close();
    }
  }

  @Test
  void retriedCallsAndTheirWaits_leaveNoCallbackOnTheCallersCancellation() {
    PooledMcpToolSource quick = new PooledMcpToolSource(registry.configs, connector, clock,
        PooledMcpToolSource.IDLE_TIMEOUT, Duration.ofHours(1),
        new Retries(List.of(Duration.ofMillis(1), Duration.ofMillis(1)), Sleeper.cancellable()));
    try {
      TestCancellation run = new TestCancellation();
      McpServerRef ref = quick.enabledServers().get(0);
      connector.connectFailures.addAll(List.of("connection refused", "connection refused"));
      assertThat(quick.callTool(ref, "echo", Map.of(), CALL, run)).isEqualTo("ok:echo");
      assertThat(quick.callTool(ref, "echo", Map.of(), CALL, run)).isEqualTo("ok:echo");
      connector.connectFailure = "connection refused";
      registry.update(server, spec("API_KEY", "key-two-2222")); // a new connect, failing three times
      assertThatThrownBy(() -> quick.callTool(ref, "echo", Map.of(), CALL, run)).isInstanceOf(ToolCallException.class);

      assertThat(connector.connectAttempts()).isEqualTo(6);
      assertThat(run.registered()).isZero();
    } finally {
      quick.close();
    }
  }

  @Test
  void aServerThatEnded_isReconnectedOnTheNextCall() {
    call("echo");
    connector.last().ended.complete("process exited with code 1");

    assertThat(call("echo")).isEqualTo("ok:echo");
    assertThat(connector.connects()).isEqualTo(2);
    awaitClosed(connector.connections.get(0));
  }

  @Test
  void aCancelledCall_throwsCancellation_andItsConnectionIsClosed() throws Exception {
    call("warm-up");
    FakeMcpConnector.Connection first = connector.last();
    first.holdCalls = new CountDownLatch(1);
    CancellationSignal signal = new CancellationSignal();
    McpServerRef ref = ref();
    CompletableFuture<Object> slow = CompletableFuture.supplyAsync(
        () -> source.callTool(ref, "slow", Map.of(), CALL, signal));
    awaitCalls(first, 2);

    signal.cancel();

    assertThatThrownBy(() -> slow.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
    awaitClosed(first);
    assertThat(call("echo")).isEqualTo("ok:echo");
    assertThat(connector.connects()).isEqualTo(2);
  }

  @Test
  void aCallPastItsTimeout_isAToolError_andItsConnectionIsClosed() {
    call("warm-up");
    connector.last().holdCalls = new CountDownLatch(1);

    assertThatThrownBy(() -> source.callTool(ref(), "slow", Map.of(), Duration.ofMillis(200), Cancellation.NONE))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("MCP server 'gh-server': timed out after 200 ms");
    awaitClosed(connector.last());
  }

  @Test
  void aJsonRpcErrorAnswer_isAToolError_andKeepsTheConnection() {
    connector.answers = tool -> {
      throw new McpUnavailableException("server error: Unknown tool: " + tool,
          McpError.builder(-32602).message("Unknown tool: " + tool).build());
    };

    assertThatThrownBy(() -> call("nope"))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("MCP server 'gh-server': server error: Unknown tool: nope");
    assertThat(connector.last().closed()).isFalse();
    assertThat(source.connections()).isEqualTo(1);
  }

  @Test
  void anIsErrorResult_isAToolErrorWithItsText_secretsMasked() {
    connector.answers = tool -> new McpSchema.CallToolResult(
        List.of(new McpSchema.TextContent("bad key key-one-1111")), true, null, null);

    assertThatThrownBy(() -> call("echo")).isInstanceOf(ToolCallException.class).hasMessage("bad key ****1111");
  }

  @Test
  void aDeletedServer_isAToolErrorOnCall() {
    McpServerRef ref = ref();
    registry.delete(server);

    assertThatThrownBy(() -> source.callTool(ref, "echo", Map.of(), CALL, Cancellation.NONE))
        .isInstanceOf(ToolCallException.class).hasMessage("MCP server 'gh-server' no longer exists");
  }

  @Test
  void aListingThatFailsInTransport_isRetriedOnAFreshConnection() {
    call("echo");
    FakeMcpConnector.Connection first = connector.last();
    first.listFailure = new McpUnavailableException("connection reset");

    assertThat(source.listTools(ref(), Cancellation.NONE)).hasSize(1);
    assertThat(connector.connects()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200));
    awaitClosed(first);
  }

  @Test
  void aListingAnsweredWithAJsonRpcError_isNotRetried() {
    call("echo");
    connector.last().listFailure = new McpUnavailableException("server error: Method not found",
        McpError.builder(-32601).message("Method not found").build());

    assertThatThrownBy(() -> source.listTools(ref(), Cancellation.NONE))
        .isInstanceOf(McpUnavailableException.class).hasMessage("server error: Method not found");
    assertThat(connector.connects()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void close_closesEveryConnection_andLaterUseFails() {
    call("echo");
    registry.add(McpRegistry.stdio("other", "npx", List.of(), Map.of()));
    source.enabledServers().forEach(r -> source.listTools(r, Cancellation.NONE));

    source.close();

    assertThat(connector.connections).hasSize(2).allMatch(FakeMcpConnector.Connection::closed);
    assertThatThrownBy(() -> call("echo")).isInstanceOf(ToolCallException.class)
        .hasMessage("MCP server 'gh-server' unavailable: the MCP client is shutting down");
    assertThat(sleeper.waits()).isEmpty();
  }

  private static void awaitClosed(FakeMcpConnector.Connection connection) {
    waitFor(connection::closed, "the connection to be closed");
  }

  private static void awaitCalls(FakeMcpConnector.Connection connection, int calls) {
    waitFor(() -> connection.calls.size() >= calls, calls + " calls");
  }

  private void awaitConnectsStarted(int count) {
    waitFor(() -> connector.connectCancellations.size() >= count, count + " connects");
  }

  static void waitFor(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting for " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
