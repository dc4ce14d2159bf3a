package dev.akmatori.application.investigation.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.investigation.testing.FakeToolInvoker;
import dev.akmatori.application.investigation.testing.InMemoryMcpToolSource;
import dev.akmatori.application.investigation.testing.InMemoryToolAllowlist;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.investigation.tool.ToolGateway;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.application.investigation.tool.ToolInvokers;
import dev.akmatori.application.investigation.tool.ToolSession;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ToolFunctionsTest {
  private final InMemoryToolAllowlist allowlist = new InMemoryToolAllowlist();
  private final FakeToolInvoker invoker = new FakeToolInvoker();
  private final InMemoryMcpToolSource mcp = new InMemoryMcpToolSource();
  private final CallContext context =
      new CallContext(new IncidentId(UUID.randomUUID()), Cancellation.NONE, Duration.ofMinutes(5));
  private ToolSession tools;

  @BeforeEach
  void openSession() throws InterruptedException {
    allowlist.builtin(2, "prod-zabbix", "zabbix", Map.of("zabbix_url", "https://zbx.corp"))
        .builtin(3, "web", "ssh", Map.of());
    mcp.server(1, "GitHub", "github", InMemoryMcpToolSource.tool("repos.list", "List repositories"));
    ToolInvoker any = invoker;
    tools = new ToolGateway(allowlist, new ToolInvokers(Map.of("zabbix", any, "ssh", any), any), mcp)
        .open(Duration.ofSeconds(1), Cancellation.NONE, Runnable::run, notice -> { }, new SecretRedactor());
  }

  @Test
  void listTools_showsNameDescriptionReadOnlyAndInstances_optionallyOfOneNamespace() {
    List<?> all = (List<?>) new ListToolsFunction(tools).call(Map.of(), context);
    List<?> ssh = (List<?>) new ListToolsFunction(tools).call(Map.of("namespace", "SSH"), context);

    assertThat(all).hasSize(tools.tools().size());
    assertThat(ssh).hasSize(3).first().isEqualTo(Map.of(
        "name", "ssh.execute_command",
        "description", tools.tool("ssh.execute_command").orElseThrow().description(),
        "read_only", false,
        "instances", List.of("web")));
  }

  @Test
  void getToolDetail_addsTheInputSchema_andRefusesUnknownNames() {
    @SuppressWarnings("unchecked")
    Map<String, Object> detail = (Map<String, Object>) new GetToolDetailFunction(tools)
        .call(Map.of("name", "zabbix.get_history"), context);

    assertThat(detail.keySet()).containsExactly("name", "description", "read_only", "input_schema", "instances");
    assertThat(detail.get("input_schema")).asString().contains("itemids");
    assertThatThrownBy(() -> new GetToolDetailFunction(tools).call(Map.of("name", "nope.x"), context))
        .hasMessage("tool 'nope.x' is not available to this investigation");
  }

  @Test
  void callTool_namesItsEventAfterTheTool_withTheToolsArguments_andTheInstanceUsed() {
    CallToolFunction call = new CallToolFunction(tools);
    Map<String, Object> args = Map.of("name", "zabbix.get_hosts", "arguments", Map.of("limit", 3));

    Object result = call.call(args, context);

    assertThat(result).isEqualTo(Map.of("tool", "zabbix.get_hosts", "instance", "prod-zabbix"));
    assertThat(call.eventName(args)).isEqualTo("zabbix.get_hosts");
    assertThat(call.eventArguments(args)).isEqualTo(Map.of("limit", 3));
    assertThat(context.instance()).contains("prod-zabbix");
    assertThat(call.eventName(Map.of())).isEqualTo("call_tool");
    assertThat(call.eventArguments(Map.of("arguments", "not an object"))).isEmpty();
  }

  @Test
  void callTool_refusesArgumentsThatAreNotAnObject_andUnknownTools() {
    CallToolFunction call = new CallToolFunction(tools);

    assertThatThrownBy(() -> call.call(Map.of("name", "zabbix.get_hosts", "arguments", List.of()), context))
        .hasMessage("argument 'arguments' must be an object");
    assertThatThrownBy(() -> call.call(Map.of("name", "k8s.get_pods"), context))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("tool 'k8s.get_pods' is not available to this investigation");
    assertThat(invoker.invocations()).isEmpty();
  }

  @Test
  void callTool_takesTheToolsOwnTimeLimit_whenItResolves() {
    invoker.withOwnTimeout(Duration.ofSeconds(150));
    CallToolFunction call = new CallToolFunction(tools);

    assertThat(call.timeout(Map.of("name", "ssh.get_server_info"), Duration.ofMinutes(5)))
        .isEqualTo(Duration.ofSeconds(150));
    assertThat(call.timeout(Map.of("name", "nope.x"), Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
  }
}
