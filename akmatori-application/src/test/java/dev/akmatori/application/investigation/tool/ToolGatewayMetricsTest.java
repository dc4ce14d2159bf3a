package dev.akmatori.application.investigation.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.investigation.testing.FakeToolInvoker;
import dev.akmatori.application.investigation.testing.InMemoryMcpToolSource;
import dev.akmatori.application.investigation.testing.InMemoryToolAllowlist;
import dev.akmatori.application.metrics.RecordingMetrics;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.SettingsSchema;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gateway reports every call that ran — tool type, outcome, duration — and nothing it refused. */
class ToolGatewayMetricsTest {
  private static final Map<String, Object> ZBX = Map.of("zabbix_url", "https://zbx.corp");

  private final InMemoryToolAllowlist allowlist = new InMemoryToolAllowlist();
  private final FakeToolInvoker invoker = new FakeToolInvoker();
  private final InMemoryMcpToolSource mcp = new InMemoryMcpToolSource();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final ExecutorService executor = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    executor.shutdownNow();
  }

  private ToolSession session() throws InterruptedException {
    Map<String, ToolInvoker> builtins = new LinkedHashMap<>();
    BuiltinToolTypes.names().forEach(n -> builtins.put(n, invoker));
    ToolGateway gateway = new ToolGateway(allowlist, new ToolInvokers(builtins, invoker), mcp, metrics);
    // A long budget: the in-memory MCP server answers at once, but on a thread a loaded machine may be slow to run.
    return gateway.open(Duration.ofSeconds(30), new CancellationSignal(), executor, n -> { }, new SecretRedactor());
  }

  private static Object call(ToolSession session, String name, Map<String, Object> args) {
    ToolTarget target = session.resolve(name, null);
    return target.invoke(args, Duration.ofSeconds(5), Cancellation.NONE);
  }

  @Test
  void aBuiltinCallThatReturns_isASuccessOfItsType_withItsDuration() throws Exception {
    allowlist.builtin(1, "prod-zabbix", "zabbix", ZBX);
    invoker.answering((invocation, cancellation) -> {
      sleep(30);
      return "ok";
    });

    call(session(), "zabbix.get_hosts", Map.of());

    assertThat(metrics.events()).containsExactly("tool zabbix success");
    assertThat(metrics.durations()).singleElement().satisfies(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofMillis(25)));
  }

  @Test
  void aFailingCall_badArguments_andACancelledCall_areErrors_andRethrownUnchanged() throws Exception {
    allowlist.builtin(1, "web", "ssh", Map.of()).builtin(2, "prod-zabbix", "zabbix", ZBX);
    ToolSession session = session();
    invoker.answering((invocation, cancellation) -> {
      throw new ToolCallException("connection refused");
    });
    assertThatThrownBy(() -> call(session, "ssh.execute_command", Map.of("command", "uptime")))
        .isInstanceOf(ToolCallException.class).hasMessage("connection refused");
    assertThatThrownBy(() -> call(session, "zabbix.get_history", Map.of("limit", "ten")))
        .hasMessageStartingWith("invalid arguments: ");
    invoker.answering((invocation, cancellation) -> {
      throw new CancellationException("timed out");
    });
    assertThatThrownBy(() -> call(session, "ssh.get_server_info", Map.of())).isInstanceOf(CancellationException.class);

    assertThat(metrics.events()).containsExactly("tool ssh error", "tool zabbix error", "tool ssh error");
  }

  @Test
  void refusedCalls_areNotToolCalls() throws Exception {
    allowlist.builtin(1, "ro", "zabbix", ZBX);
    ToolSession session = session();

    assertThatThrownBy(() -> session.resolve("zabbix.api_request", "ro")).isInstanceOf(ToolCallException.class);
    assertThatThrownBy(() -> session.resolve("grafana.search_dashboards", null)).isInstanceOf(ToolCallException.class);
    session.resolve("zabbix.get_hosts", null).timeout(Duration.ofMinutes(5));

    assertThat(metrics.events()).isEmpty();
  }

  @Test
  void connectorTools_countUnderTheirTypeName_andMcpToolsUnderMcp() throws Exception {
    ToolTypeDefinition statuspage = new ToolTypeDefinition("statuspage", ToolKind.HTTP_CONNECTOR, "Status page",
        SettingsSchema.empty(), List.of(new ToolOperation("get_status", "Read the status", true, SettingsSchema.empty())));
    allowlist.add(new AllowedInstance(4, "Status", new LogicalName("status"), statuspage, Map.of()));
    mcp.server(1, "GitHub", "github", InMemoryMcpToolSource.tool("repos.list", "List repositories"))
        .result("github.repos.list", "two repos");
    ToolSession session = session();

    call(session, "statuspage.get_status", Map.of());
    call(session, "github.repos.list", Map.of());

    assertThat(metrics.events()).containsExactly("tool statuspage success", "tool mcp success");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
