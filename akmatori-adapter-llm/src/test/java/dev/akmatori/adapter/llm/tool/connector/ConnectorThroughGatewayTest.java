package dev.akmatori.adapter.llm.tool.connector;

import static dev.akmatori.adapter.llm.tool.connector.ConnectorWorld.param;
import static dev.akmatori.adapter.llm.tool.connector.ConnectorWorld.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.application.investigation.CancellationSignal;
import dev.akmatori.application.investigation.SecretRedactor;
import dev.akmatori.application.investigation.testing.InMemoryMcpToolSource;
import dev.akmatori.application.investigation.testing.InMemoryToolAllowlist;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.investigation.tool.ToolGateway;
import dev.akmatori.application.investigation.tool.ToolInvokers;
import dev.akmatori.application.investigation.tool.ToolSession;
import dev.akmatori.application.investigation.tool.ToolTarget;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.connector.AuthMethod;
import dev.akmatori.domain.connector.ConnectorAuth;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpMethod;
import dev.akmatori.domain.connector.ParamLocation;
import dev.akmatori.domain.connector.ParamType;
import dev.akmatori.domain.tool.LogicalName;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code call_tool("Shop.create_item", …)} the way the agent loop runs it: the gateway resolves the
 * connector tool on an allowed instance, checks the arguments, and the invoker wired as {@code
 * ToolInvokers.httpConnectors} sends the request. A connector W tool needs no write switch (§5.4).
 */
class ConnectorThroughGatewayTest {
  private final MockWebServer server = new MockWebServer();
  private final ConnectorWorld world = new ConnectorWorld();
  private final InMemoryToolAllowlist allowlist = new InMemoryToolAllowlist();
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private ToolSession session;

  @BeforeEach
  void start() throws Exception {
    TestServers.start(server);
    HttpConnector shop = world.connector(new ConnectorAuth(AuthMethod.API_KEY, null, null),
        tool("create_item", HttpMethod.POST, "/items", param("title", ParamType.STRING, true, ParamLocation.BODY, null)));
    allowlist.add(new AllowedInstance(7, "prod shop", new LogicalName("prod-shop"), shop.spec().toolType(),
        Map.of("base_url", "http://127.0.0.1:" + server.getPort(), "token", "key-secret-42")));
    ToolGateway gateway = new ToolGateway(allowlist, new ToolInvokers(Map.of(), world.invoker),
        new InMemoryMcpToolSource());
    session = gateway.open(Duration.ofSeconds(1), new CancellationSignal(), executor, n -> {}, new SecretRedactor());
  }

  @AfterEach
  void stop() throws IOException {
    executor.shutdownNow();
    server.close();
  }

  private Object call(String name, Map<String, Object> arguments) {
    ToolTarget target = session.resolve(name, null);
    return target.invoke(arguments, target.timeout(Duration.ofMinutes(5)), Cancellation.NONE);
  }

  @Test
  void aWriteToolOfAConnector_runsWithoutAWriteSwitch_andSendsTheInstancesCredentials() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).body("{\"id\":1}").build());

    Object result = call("shop.create_item", Map.of("title", "Pen"));

    assertThat(((Map<?, ?>) result).get("status_code")).isEqualTo(201);
    var request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getHeaders().get("X-API-Key")).isEqualTo("key-secret-42");
    assertThat(request.getBody().utf8()).isEqualTo("{\"title\":\"Pen\"}");
    assertThat(session.tool("Shop.create_item").orElseThrow().instances()).containsExactly("prod-shop");
  }

  @Test
  void argumentsAreCheckedAgainstTheInputSchema_beforeAnyRequest() {
    assertThatThrownBy(() -> call("Shop.create_item", Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("invalid arguments: title: is required");
    assertThatThrownBy(() -> call("Shop.create_item", Map.of("title", 5)))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("invalid arguments: title: must be a string");
    assertThat(server.getRequestCount()).isZero();
  }
}
