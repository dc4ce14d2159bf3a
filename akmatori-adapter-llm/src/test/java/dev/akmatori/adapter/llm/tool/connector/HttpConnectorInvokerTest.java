package dev.akmatori.adapter.llm.tool.connector;

import static dev.akmatori.adapter.llm.tool.connector.ConnectorWorld.param;
import static dev.akmatori.adapter.llm.tool.connector.ConnectorWorld.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.domain.connector.AuthMethod;
import dev.akmatori.domain.connector.ConnectorAuth;
import dev.akmatori.domain.connector.HttpMethod;
import dev.akmatori.domain.connector.ParamLocation;
import dev.akmatori.domain.connector.ParamType;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runtime request building of contract §3.8 against a real HTTP server on loopback. */
class HttpConnectorInvokerTest {
  private final MockWebServer server = new MockWebServer();
  private final ConnectorWorld world = new ConnectorWorld();

  @BeforeEach
  void start() throws IOException {
    TestServers.start(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getPort() + "/api/v1/";
  }

  private Map<String, Object> settings(Object... more) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("base_url", base());
    for (int i = 0; i < more.length; i += 2) {
      settings.put((String) more[i], more[i + 1]);
    }
    return settings;
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  private void ok(String json) {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(json).build());
  }

  @Test
  void pathPlaceholders_areUrlPathEscaped_andTheUrlJoinsBaseAndPathWithOneSlash() throws Exception {
    world.connector(null, tool("get_item", HttpMethod.GET, "/items/{{id}}/parts/{{part}}",
        param("id", ParamType.STRING, true, ParamLocation.PATH, null),
        param("part", ParamType.INTEGER, false, ParamLocation.PATH, 7L)));
    ok("{}");

    world.call("get_item", settings(), Map.of("id", "a/b c?ü"));

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/api/v1/items/a%2Fb%20c%3F%C3%BC/parts/7");
  }

  @Test
  void queryParams_areUrlEncoded_withDefaults_andAbsentOptionalOnesLeftOut() throws Exception {
    world.connector(null, tool("search", HttpMethod.GET, "search",
        param("q", ParamType.STRING, true, ParamLocation.QUERY, null),
        param("limit", ParamType.INTEGER, false, ParamLocation.QUERY, 10L),
        param("ratio", ParamType.NUMBER, false, ParamLocation.QUERY, null),
        param("exact", ParamType.BOOLEAN, false, ParamLocation.QUERY, null),
        param("page", ParamType.INTEGER, false, ParamLocation.QUERY, null)));
    ok("[]");

    world.call("search", settings(), Map.of("q", "x y&z=ü+1", "ratio", 2.50, "exact", true));

    assertThat(taken().getTarget())
        .isEqualTo("/api/v1/search?q=x%20y%26z%3D%C3%BC%2B1&limit=10&ratio=2.5&exact=true");
  }

  @Test
  void headerParams_becomeRequestHeaders() throws Exception {
    world.connector(null, tool("trace", HttpMethod.GET, "/t",
        param("X-Trace-Id", ParamType.STRING, false, ParamLocation.HEADER, null),
        param("X-Tenant", ParamType.STRING, false, ParamLocation.HEADER, "acme")));
    ok("{}");

    world.call("trace", settings(), Map.of("X-Trace-Id", "abc-123"));

    RecordedRequest request = taken();
    assertThat(request.getHeaders().get("X-Trace-Id")).isEqualTo("abc-123");
    assertThat(request.getHeaders().get("X-Tenant")).isEqualTo("acme");
  }

  @Test
  void bodyParams_formAJsonObject_forPost_withDefaults_andContentTypeApplicationJson() throws Exception {
    world.connector(null, tool("create", HttpMethod.POST, "/items",
        param("title", ParamType.STRING, true, ParamLocation.BODY, null),
        param("price", ParamType.NUMBER, false, ParamLocation.BODY, 9.5),
        param("urgent", ParamType.BOOLEAN, false, ParamLocation.BODY, null),
        param("source", ParamType.STRING, false, ParamLocation.QUERY, "agent")));
    ok("{\"id\":42}");

    world.call("create", settings(), Map.of("title", "Pen ✓", "urgent", false));

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/v1/items?source=agent");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getBody().utf8()).isEqualTo("{\"title\":\"Pen ✓\",\"price\":9.5,\"urgent\":false}");
  }

  @Test
  void putSendsTheBodyObjectToo_evenWhenEmpty() throws Exception {
    world.connector(null, tool("touch", HttpMethod.PUT, "/touch",
        param("note", ParamType.STRING, false, ParamLocation.BODY, null)));
    ok("{}");

    world.call("touch", settings(), Map.of());

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getBody().utf8()).isEqualTo("{}");
  }

  @Test
  void getAndDelete_sendNoBody_evenWithBodyParams() throws Exception {
    world.connector(null,
        tool("read", HttpMethod.GET, "/r", param("x", ParamType.STRING, false, ParamLocation.BODY, "d")),
        tool("remove", HttpMethod.DELETE, "/r", param("x", ParamType.STRING, false, ParamLocation.BODY, "d")));
    ok("{}");
    ok("{}");

    world.call("read", settings(), Map.of("x", "given"));
    world.call("remove", settings(), Map.of("x", "given"));

    for (String method : List.of("GET", "DELETE")) {
      RecordedRequest request = taken();
      assertThat(request.getMethod()).isEqualTo(method);
      assertThat(request.getBodySize()).isZero();
      assertThat(request.getHeaders().get("Content-Type")).isNull();
    }
  }

  @Test
  void aRequiredParamWithoutValueOrDefault_isAToolError_andNothingIsSent() {
    world.connector(null, tool("get_item", HttpMethod.GET, "/items/{{id}}",
        param("id", ParamType.STRING, true, ParamLocation.PATH, null),
        param("fields", ParamType.STRING, true, ParamLocation.QUERY, "all")));

    assertThatThrownBy(() -> world.call("get_item", settings(), Map.of("fields", "name")))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("missing required parameter 'id'");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aMissingBaseUrlSetting_isAToolError() {
    world.connector(null, tool("ping", HttpMethod.GET, "/ping"));

    assertThatThrownBy(() -> world.call("ping", Map.of("url", base()), Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("base URL field 'base_url' not found in instance settings");
    assertThatThrownBy(() -> world.call("ping", Map.of("base_url", "not a url"), Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("base URL field 'base_url' does not hold an http or https URL");
  }

  @Test
  void bearerToken_isSentFromTheTokenField() throws Exception {
    world.connector(new ConnectorAuth(AuthMethod.BEARER_TOKEN, "api_token", null), tool("ping", HttpMethod.GET, "/p"));
    ok("{}");

    world.call("ping", settings("api_token", "tok-123"), Map.of());

    assertThat(taken().getHeaders().get("Authorization")).isEqualTo("Bearer tok-123");
  }

  @Test
  void basicAuth_isSentFromUsernameAndPassword() throws Exception {
    world.connector(new ConnectorAuth(AuthMethod.BASIC_AUTH, null, null), tool("ping", HttpMethod.GET, "/p"));
    ok("{}");

    world.call("ping", settings("username", "ops", "password", "pä:ss"), Map.of());

    String expected = "Basic " + Base64.getEncoder().encodeToString("ops:pä:ss".getBytes("UTF-8"));
    assertThat(taken().getHeaders().get("Authorization")).isEqualTo(expected);
  }

  @Test
  void apiKey_isSentInItsHeader_andWinsOverAHeaderParamOfTheSameName() throws Exception {
    world.connector(new ConnectorAuth(AuthMethod.API_KEY, null, "X-Shop-Key"), tool("ping", HttpMethod.GET, "/p",
        param("X-Shop-Key", ParamType.STRING, false, ParamLocation.HEADER, null)));
    ok("{}");

    world.call("ping", settings("token", "key-987"), Map.of("X-Shop-Key", "from-the-model"));

    RecordedRequest request = taken();
    assertThat(request.getHeaders().values("X-Shop-Key")).containsExactly("key-987");
    assertThat(request.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void aMissingCredentialSetting_isAToolError_thatNeverEchoesSecrets() {
    world.connector(new ConnectorAuth(AuthMethod.BASIC_AUTH, null, null), tool("ping", HttpMethod.GET, "/p"));

    assertThatThrownBy(() -> world.call("ping", settings("username", "ops"), Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("password field 'password' not found in instance settings");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theResult_isStatusParsedBodyAndHeaders_multiValuesJoined() {
    world.connector(null, tool("ping", HttpMethod.GET, "/p"));
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json")
        .addHeader("X-Tag", "a").addHeader("X-Tag", "b").body("{\"ok\":true,\"n\":[1,2]}").build());

    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) world.call("ping", settings(), Map.of());

    assertThat(result.keySet()).containsExactly("status_code", "body", "headers");
    assertThat(result.get("status_code")).isEqualTo(201);
    assertThat(result.get("body")).isEqualTo(Map.of("ok", true, "n", List.of(1, 2)));
    @SuppressWarnings("unchecked")
    Map<String, String> headers = (Map<String, String>) result.get("headers");
    assertThat(headers).containsEntry("X-Tag", "a, b").containsEntry("Content-Type", "application/json");
  }

  @Test
  void nonSuccessAnswers_areResults_andTextBodiesStayText() {
    world.connector(null, tool("ping", HttpMethod.GET, "/p"));
    server.enqueue(new MockResponse.Builder().code(503).body("upstream down: try later").build());
    server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"no such item\"}").build());

    @SuppressWarnings("unchecked")
    Map<String, Object> down = (Map<String, Object>) world.call("ping", settings(), Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> missing = (Map<String, Object>) world.call("ping", settings(), Map.of());

    assertThat(down.get("status_code")).isEqualTo(503);
    assertThat(down.get("body")).isEqualTo("upstream down: try later");
    assertThat(missing.get("status_code")).isEqualTo(404);
    assertThat(missing.get("body")).isEqualTo(Map.of("error", "no such item"));
  }

  @Test
  void aDisabledConnector_orAnUnknownTool_isAToolError() {
    var created = world.connector(null, tool("ping", HttpMethod.GET, "/p"));
    world.stores.connectors().update(created.id(), new dev.akmatori.domain.connector.HttpConnectorSpec(
        "Shop", "", "base_url", null, created.spec().tools(), false), s -> s, ConnectorWorld.T0);

    assertThatThrownBy(() -> world.call("ping", settings(), Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("HTTP connector 'Shop' is disabled");
    assertThat(server.getRequestCount()).isZero();
  }
}
