package dev.akmatori.app;

import static dev.akmatori.app.SystemTest.login;
import static dev.akmatori.app.SystemTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.SettingsSchema;
import dev.akmatori.domain.tool.ToolKind;
import dev.akmatori.domain.tool.ToolOperation;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP connectors end to end on H2: created over the API, registered as a tool type, an instance
 * holding its credentials, the MCP namespace check both ways, a restart, and the runtime invoker
 * of the wired graph calling a real API on loopback with the instance's credentials.
 */
class HttpConnectorsSystemTest {
  private static final String PASSWORD = "connectors-admin-password";
  private static final String SECRET = "shop-SECRET-key-4321";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONNECTOR =
      "{\"tool_type_name\":\"Shop\",\"base_url_field\":\"shop_url\",\"auth_config\":{\"method\":\"api_key\","
          + "\"header_name\":\"X-Shop-Key\"},\"tools\":[{\"name\":\"get_item\",\"http_method\":\"GET\","
          + "\"path\":\"/items/{{id}}\",\"params\":[{\"name\":\"id\",\"required\":true,\"in\":\"path\"},"
          + "{\"name\":\"fields\",\"in\":\"query\",\"default\":\"all\"}]}]}";

  @TempDir Path dataDir;
  private HttpServer api;
  private final Map<String, String> seen = new ConcurrentHashMap<>();

  @BeforeEach
  void startTheApi() throws IOException {
    api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    api.createContext("/", exchange -> {
      seen.put("target", exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery());
      seen.put("key", String.valueOf(exchange.getRequestHeaders().getFirst("X-Shop-Key")));
      byte[] body = "{\"id\":\"a/b\",\"stock\":3}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    api.start();
  }

  @AfterEach
  void stopTheApi() {
    api.stop(0);
  }

  private Map<String, String> env() {
    return SystemTest.env(dataDir, PASSWORD);
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + api.getAddress().getPort() + "/v2/";
  }

  @Test
  void aConnectorsTypeAndInstance_surviveARestart_andItsToolCallsTheApiWithTheInstancesKey() throws Exception {
    long typeId;
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, PASSWORD);
      HttpResponse<String> created = send(app, "POST", "/api/http-connectors", token, CONNECTOR);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      typeId = JSON.readTree(created.body()).get("tool_type_id").asLong();
      HttpResponse<String> tool = send(app, "POST", "/api/tools", token, "{\"tool_type_id\":" + typeId
          + ",\"name\":\"Prod shop\",\"settings\":{\"shop_url\":\"" + baseUrl() + "\",\"token\":\"" + SECRET + "\"}}");
      assertThat(tool.statusCode()).as(tool.body()).isEqualTo(201);
      assertThat(tool.body()).contains("\"token\":\"****4321\"").doesNotContain(SECRET);
    }

    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, PASSWORD);
      JsonNode types = JSON.readTree(send(app, "GET", "/api/tool-types", token, null).body());
      JsonNode shop = types.get(types.size() - 1);
      assertThat(shop.get("id").asLong()).isEqualTo(typeId).isEqualTo(11);
      assertThat(shop.get("kind").asText()).isEqualTo("http_connector");
      assertThat(shop.get("schema").get("properties").get("token").get("secret").asBoolean()).isTrue();
      assertThat(send(app, "GET", "/api/tools", token, null).body()).contains("****4321").doesNotContain(SECRET);

      Object result = app.httpConnectorInvoker().invoke(shopType(), shopType().operations().get(0),
          new AllowedInstance(1, "Prod shop", new LogicalName("prod-shop"), shopType(),
              Map.of("shop_url", baseUrl(), "token", SECRET)),
          Map.of("id", "a/b"), Duration.ofMinutes(5), Cancellation.NONE);

      assertThat(seen).containsEntry("target", "/v2/items/a%2Fb?fields=all").containsEntry("key", SECRET);
      assertThat(result).isEqualTo(Map.of("status_code", 200, "body", Map.of("id", "a/b", "stock", 3),
          "headers", ((Map<?, ?>) result).get("headers")));
    }
  }

  @Test
  void connectorsAndMcpPrefixes_shareOneCaseInsensitiveNamespace() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = login(app, PASSWORD);
      assertThat(send(app, "POST", "/api/http-connectors", token, CONNECTOR).statusCode()).isEqualTo(201);

      HttpResponse<String> mcp = send(app, "POST", "/api/mcp-servers", token,
          "{\"name\":\"shop mcp\",\"transport\":\"stdio\",\"command\":\"npx\",\"namespace_prefix\":\"SHOP\"}");
      HttpResponse<String> builtin = send(app, "POST", "/api/http-connectors", token,
          CONNECTOR.replace("\"Shop\"", "\"Grafana\""));
      HttpResponse<String> files = send(app, "POST", "/api/mcp-servers", token,
          "{\"name\":\"files\",\"transport\":\"stdio\",\"command\":\"npx\",\"namespace_prefix\":\"files\"}");
      HttpResponse<String> clash = send(app, "POST", "/api/http-connectors", token,
          CONNECTOR.replace("\"Shop\"", "\"FILES\""));

      assertThat(mcp.statusCode()).isEqualTo(409);
      assertThat(mcp.body()).contains("namespace_prefix 'SHOP' conflicts with an HTTP connector");
      assertThat(builtin.statusCode()).isEqualTo(409);
      assertThat(builtin.body()).contains("tool_type_name 'Grafana' conflicts with a built-in tool type");
      assertThat(files.statusCode()).isEqualTo(201);
      assertThat(clash.statusCode()).isEqualTo(409);
      assertThat(clash.body()).contains("tool_type_name 'FILES' conflicts with an existing MCP server namespace");
    }
  }

  /** The registered type as the agent's gateway hands it over (only its name and operations matter). */
  private static ToolTypeDefinition shopType() {
    ToolOperation getItem = new ToolOperation("get_item", "", true, SettingsSchema.empty());
    return new ToolTypeDefinition("Shop", ToolKind.HTTP_CONNECTOR, "", SettingsSchema.empty(), List.of(getItem));
  }
}
