package dev.akmatori.application.investigation.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.investigation.testing.FakeToolInvoker;
import dev.akmatori.application.investigation.testing.InMemoryMcpToolSource;
import dev.akmatori.application.investigation.testing.InMemoryToolAllowlist;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.SettingsSchema;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ToolGatewayTest {
  private static final Map<String, Object> ZBX = Map.of("zabbix_url", "https://zbx.corp");
  private static final Duration STANDARD = Duration.ofMinutes(5);

  private final InMemoryToolAllowlist allowlist = new InMemoryToolAllowlist();
  private final FakeToolInvoker invoker = new FakeToolInvoker();
  private final InMemoryMcpToolSource mcp = new InMemoryMcpToolSource();
  private final SecretRedactor redactor = new SecretRedactor();
  private final List<String> notices = new ArrayList<>();
  private final ExecutorService executor = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    executor.shutdownNow();
  }

  /**
   * The in-memory MCP servers answer at once, but on a thread of {@link #executor} that a loaded CI
   * machine (2 cores, load 20) may take a while to schedule; a short budget would count them as dead.
   */
  private static final Duration MCP_BUDGET = Duration.ofSeconds(30);

  private ToolSession session() throws InterruptedException {
    return session(MCP_BUDGET);
  }

  private ToolSession session(Duration mcpBudget) throws InterruptedException {
    Map<String, ToolInvoker> builtins = new LinkedHashMap<>();
    BuiltinToolTypes.names().forEach(n -> builtins.put(n, invoker));
    ToolGateway gateway = new ToolGateway(allowlist, new ToolInvokers(builtins, invoker), mcp);
    return gateway.open(mcpBudget, new CancellationSignal(), executor, notices::add, redactor);
  }

  private Object call(ToolSession session, String name, String instance, Map<String, Object> args) {
    ToolTarget target = session.resolve(name, instance);
    return target.invoke(args, target.timeout(STANDARD), Cancellation.NONE);
  }

  @Test
  void aTypeWithoutAllowedInstances_isNotAvailable() throws Exception {
    allowlist.builtin(1, "prod-k8s", "kubernetes", Map.of());

    ToolSession session = session();

    assertThatThrownBy(() -> session.resolve("zabbix.get_problems", null))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("tool 'zabbix.get_problems' is not available to this investigation");
    assertThatThrownBy(() -> session.resolve("zabbix", null))
        .hasMessage("tool 'zabbix' is not available to this investigation");
    assertThatThrownBy(() -> session.resolve("kubernetes.no_such_operation", null))
        .hasMessage("tool 'kubernetes.no_such_operation' is not available to this investigation");
  }

  @Test
  void anInstanceOutsideTheAllowlist_isRefused() throws Exception {
    allowlist.builtin(1, "prod-zabbix", "zabbix", ZBX).builtin(2, "prod-k8s", "kubernetes", Map.of());

    ToolSession session = session();

    assertThatThrownBy(() -> session.resolve("zabbix.get_hosts", "stage-zabbix"))
        .hasMessage("instance 'stage-zabbix' is not assigned to an enabled skill");
    assertThatThrownBy(() -> session.resolve("zabbix.get_hosts", "prod-k8s"))
        .hasMessage("instance 'prod-k8s' is not assigned to an enabled skill");
  }

  @Test
  void withoutAnInstance_theAllowedInstanceWithTheLowestIdIsUsed() throws Exception {
    allowlist.builtin(9, "zabbix-b", "zabbix", ZBX).builtin(3, "zabbix-a", "zabbix", ZBX);

    ToolSession session = session();

    assertThat(session.resolve("zabbix.get_hosts", null).instance()).contains("zabbix-a");
    assertThat(session.resolve("zabbix.get_hosts", " ").instance()).contains("zabbix-a");
    assertThat(session.resolve("zabbix.get_hosts", "zabbix-b").instance()).contains("zabbix-b");
    assertThat(session.resolve("zabbix.get_hosts", "Zabbix B").instance()).contains("zabbix-b");
  }

  @Test
  void aWriteOperation_isRefusedUnlessTheInstanceAllowsWrites() throws Exception {
    allowlist.builtin(1, "ro", "zabbix", ZBX)
        .builtin(2, "rw", "zabbix", Map.of("zabbix_url", "https://zbx.corp", "allow_write_operations", true));

    ToolSession session = session();

    assertThatThrownBy(() -> session.resolve("zabbix.api_request", "ro"))
        .hasMessage("operation 'zabbix.api_request' writes to the target and is disabled for instance 'ro'");
    assertThat(call(session, "zabbix.api_request", "rw", Map.of("method", "host.update")))
        .isEqualTo(Map.of("tool", "zabbix.api_request", "instance", "rw"));
  }

  @Test
  void ssh_isExemptFromTheWriteSwitch_itsInvokerAppliesItsOwn() throws Exception {
    allowlist.builtin(1, "web", "ssh", Map.of());

    Object result = call(session(), "ssh.execute_command", null, Map.of("command", "df -h"));

    assertThat(result).isEqualTo(Map.of("tool", "ssh.execute_command", "instance", "web"));
  }

  @Test
  void connectorTools_runThroughTheConnectorInvoker_withoutTheBuiltinWriteSwitch() throws Exception {
    ToolTypeDefinition statuspage = new ToolTypeDefinition("statuspage", ToolKind.HTTP_CONNECTOR, "Status page",
        SettingsSchema.empty(), List.of(new ToolOperation("post_update", "Post an update", false, SettingsSchema.empty())));
    allowlist.add(new AllowedInstance(4, "Status", new LogicalName("status"), statuspage, Map.of()));

    Object result = call(session(), "statuspage.post_update", null, Map.of("text", "investigating"));

    assertThat(result).isEqualTo(Map.of("tool", "statuspage.post_update", "instance", "status"));
  }

  @Test
  void argumentsAreValidatedAgainstTheOperationSchema_beforeAnyInvocation() throws Exception {
    allowlist.builtin(1, "prod-zabbix", "zabbix", ZBX);
    ToolSession session = session();

    assertThatThrownBy(() -> call(session, "zabbix.get_history", null, Map.of("limit", "ten")))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("invalid arguments: ")
        .hasMessageContaining("itemids: is required");
    assertThat(invoker.invocations()).isEmpty();
  }

  @Test
  void aTypeWithoutAnInvoker_failsWithAClearMessage() throws Exception {
    allowlist.builtin(1, "prod-zabbix", "zabbix", ZBX);
    ToolSession session = new ToolGateway(allowlist, ToolInvokers.none(), mcp)
        .open(Duration.ofMillis(100), Cancellation.NONE, executor, notices::add, redactor);

    assertThatThrownBy(() -> session.resolve("zabbix.get_hosts", null))
        .hasMessage("tool type 'zabbix' has no invoker on this server");
  }

  @Test
  void credentialsAreReadAtCallTime_andTheirValuesRegisteredForRedaction() throws Exception {
    ToolSession session = session();
    allowlist.builtin(1, "prod-zabbix", "zabbix",
        Map.of("zabbix_url", "https://zbx.corp", "zabbix_token", "token-added-after-start"));

    call(session, "zabbix.get_hosts", null, Map.of());

    assertThat(invoker.invocations()).singleElement()
        .satisfies(i -> assertThat(i.settings()).containsEntry("zabbix_token", "token-added-after-start"));
    assertThat(redactor.redact("leaked token-added-after-start")).isEqualTo("leaked " + SecretRedactor.MASK);
  }

  @Test
  void theCatalogue_listsAllowedOperationsWithTheirInstances_thenMcpTools() throws Exception {
    allowlist.builtin(5, "k8s", "kubernetes", Map.of()).builtin(2, "zbx-2", "zabbix", ZBX)
        .builtin(8, "zbx-8", "zabbix", ZBX);
    mcp.server(1, "GitHub", "github", InMemoryMcpToolSource.tool("repos.list", "List repositories"));

    List<CallableTool> tools = session().tools();

    assertThat(tools.get(0).name()).startsWith("zabbix.");
    assertThat(tools.get(0).instances()).containsExactly("zbx-2", "zbx-8");
    assertThat(tools).filteredOn(t -> t.name().startsWith("kubernetes.")).isNotEmpty()
        .allSatisfy(t -> assertThat(t.instances()).containsExactly("k8s"));
    assertThat(tools.get(tools.size() - 1)).satisfies(t -> {
      assertThat(t.name()).isEqualTo("github.repos.list");
      assertThat(t.origin()).isEqualTo(CallableTool.Origin.MCP);
      assertThat(t.instances()).isEmpty();
    });
  }

  @Test
  void namespaces_matchIgnoringCase_operationsExactly() throws Exception {
    allowlist.builtin(1, "prod-zabbix", "zabbix", ZBX);
    mcp.server(1, "GitHub", "GitHub", InMemoryMcpToolSource.tool("repos.list", "List repositories"));
    ToolSession session = session();

    assertThat(session.tool("ZABBIX.get_hosts")).map(CallableTool::name).contains("zabbix.get_hosts");
    assertThat(session.tool("zabbix.GET_HOSTS")).isEmpty();
    assertThat(session.resolve("github.repos.list", null).instance()).isEmpty();
  }

  @Test
  void mcpServersThatFailOrAreTooSlow_areReported_andLeftOut() throws Exception {
    mcp.failing(1, "Broken", "broken", "401 Unauthorized")
        .hanging(2, "Sleepy", "sleepy")
        .server(3, "GitHub", "github", InMemoryMcpToolSource.tool("repos.list", "List repositories"));

    // The test waits the whole budget for Sleepy; it is short, but long enough for GitHub to answer.
    ToolSession session = session(Duration.ofSeconds(2));

    assertThat(notices).containsExactly(
        "MCP server 'Broken' unavailable: 401 Unauthorized",
        "MCP server 'Sleepy' unavailable: no tool list within 2 s");
    assertThat(session.tools()).extracting(CallableTool::name).containsExactly("github.repos.list");
    assertThatThrownBy(() -> session.resolve("sleepy.anything", null))
        .hasMessage("tool 'sleepy.anything' is not available to this investigation");
  }

  @Test
  void aFailingMcpServerStore_isReported_andTheRunHasNoMcpTools() throws Exception {
    mcp.storeFailing("database is down");

    ToolSession session = session();

    assertThat(notices).containsExactly("MCP servers unavailable: database is down");
    assertThat(session.tools()).isEmpty();
  }

  @Test
  void anMcpCall_passesTheRemoteNameAfterTheFirstDot() throws Exception {
    mcp.server(1, "GitHub", "github", InMemoryMcpToolSource.tool("repos.list", "List repositories"))
        .result("github.repos.list", "two repos");

    Object result = call(session(), "github.repos.list", "ignored", Map.of("org", "acme"));

    assertThat(result).isEqualTo("two repos");
    assertThat(mcp.calls()).containsExactly(new InMemoryMcpToolSource.Call("GitHub", "repos.list", Map.of("org", "acme")));
  }

  @Test
  void aToolDeclaringItsOwnLimit_overridesTheStandardOne() throws Exception {
    allowlist.builtin(1, "web", "ssh", Map.of());
    invoker.withOwnTimeout(Duration.ofSeconds(630));

    assertThat(session().resolve("ssh.get_server_info", null).timeout(STANDARD)).isEqualTo(Duration.ofSeconds(630));
  }
}
