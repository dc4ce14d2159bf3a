package dev.akmatori.adapter.llm.tool.zabbix;

import static dev.akmatori.adapter.llm.testing.ToolCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.testing.FixedRuntimeSettings;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.adapter.llm.testing.ToolCalls;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.adapter.llm.tool.integration.Json;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/** The JSON-RPC wire format, versions and authentication of §6.2 against a scripted api_jsonrpc.php. */
class ZabbixToolInvokerTest {
  private static final String TOKEN = "b0e8a6c7d2f94e1aa3c5b7d9e1f3a5c7b9d1e3f5a7c9b1d3e5f7a9c1b3d5e7f9";
  private static final String HOSTS = "[{\"hostid\":\"10084\",\"host\":\"web-01\",\"name\":\"Web 01\",\"status\":\"0\","
      + "\"interfaces\":[{\"ip\":\"10.0.0.5\",\"dns\":\"\",\"port\":\"10050\",\"type\":\"1\"}]}]";

  private final MockWebServer zabbix = new MockWebServer();
  private final ZabbixToolInvoker invoker =
      new ZabbixToolInvoker(new IntegrationHttp(ModelTransports.defaultClient(), new FixedRuntimeSettings()));

  @BeforeEach
  void start() throws IOException {
    TestServers.start(zabbix);
  }

  @AfterEach
  void stop() {
    zabbix.close();
  }

  private AllowedInstance instance(long id, Map<String, Object> extra) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("zabbix_url", zabbix.url("/zabbix/").toString());
    settings.putAll(extra);
    return ToolCalls.instance(id, "zabbix", settings);
  }

  private AllowedInstance tokenInstance() {
    return instance(1, Map.of("zabbix_token", TOKEN));
  }

  private AllowedInstance credentialsInstance(long id) {
    return instance(id, Map.of("auth_method", "credentials", "zabbix_username", "akmatori",
        "zabbix_password", "zbx-Pa55word"));
  }

  private void result(String json) {
    zabbix.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"jsonrpc\":\"2.0\",\"result\":" + json + ",\"id\":1}").build());
  }

  private void error(int code, String message, String data) {
    zabbix.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":" + code + ",\"message\":\"" + message
            + "\",\"data\":\"" + data + "\"},\"id\":1}").build());
  }

  private void version(String version) {
    result("\"" + version + "\"");
  }

  private RecordedRequest next() throws InterruptedException {
    RecordedRequest request = zabbix.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request).as("a request to Zabbix").isNotNull();
    return request;
  }

  private static Map<String, Object> envelope(RecordedRequest request) {
    return map(Json.parse(request.getBody().string(StandardCharsets.UTF_8)).orElseThrow());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void tokenAuthOnZabbix7_asksTheVersionWithoutAuth_thenSendsABearerHeaderAndNoAuthField() throws Exception {
    version("7.0.5");
    result(HOSTS);

    Object hosts = call(invoker, tokenInstance(), "get_hosts", Map.of("search", Map.of("name", "web"), "limit", 5));

    RecordedRequest first = next();
    assertThat(first.getMethod()).isEqualTo("POST");
    assertThat(first.getUrl().encodedPath()).isEqualTo("/zabbix/api_jsonrpc.php");
    assertThat(first.getHeaders().get("Content-Type")).isEqualTo("application/json-rpc");
    assertThat(first.getHeaders().get("Authorization")).isNull();
    assertThat(envelope(first)).containsEntry("jsonrpc", "2.0").containsEntry("method", "apiinfo.version")
        .containsEntry("params", List.of()).containsKey("id").doesNotContainKey("auth");
    RecordedRequest second = next();
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    Map<String, Object> call = envelope(second);
    assertThat(call).containsEntry("method", "host.get").doesNotContainKey("auth");
    assertThat(call.get("id")).isInstanceOf(Number.class).isNotEqualTo(envelope(first).get("id"));
    assertThat(map(call.get("params"))).containsEntry("search", Map.of("name", "web"))
        .containsEntry("limit", 5).containsEntry("output", List.of("hostid", "host", "name", "status"));
    assertThat(hosts).asList().hasSize(1);
  }

  @Test
  void tokenAuthBefore64_putsTheTokenInTheAuthField_andTheVersionIsAskedOncePerInstance() throws Exception {
    version("6.0.36");
    result("[]");
    result("[]");

    call(invoker, tokenInstance(), "get_triggers", Map.of("only_true", true, "min_severity", 3));
    call(invoker, tokenInstance(), "get_items", Map.of("hostids", List.of("10084")));

    assertThat(envelope(next())).containsEntry("method", "apiinfo.version");
    RecordedRequest triggers = next();
    assertThat(triggers.getHeaders().get("Authorization")).isNull();
    assertThat(envelope(triggers)).containsEntry("method", "trigger.get").containsEntry("auth", TOKEN);
    assertThat(map(envelope(triggers).get("params"))).containsEntry("only_true", true)
        .containsEntry("min_severity", 3).containsEntry("expandDescription", true);
    assertThat(envelope(next())).containsEntry("method", "item.get").containsEntry("auth", TOKEN);
    assertThat(zabbix.getRequestCount()).isEqualTo(3);
  }

  @Test
  void credentialsOnZabbix6_logInWithUsername_onceAndReuseTheSessionInTheAuthField() throws Exception {
    version("6.0.36");
    result("\"0424bd59b807674191e7d77572075f33\"");
    result("[]");
    result("[]");
    AllowedInstance instance = credentialsInstance(2);

    call(invoker, instance, "get_problems", Map.of("severity_min", 4, "recent", true));
    call(invoker, instance, "get_problems", Map.of());

    next();
    Map<String, Object> login = envelope(next());
    assertThat(login).containsEntry("method", "user.login").doesNotContainKey("auth")
        .containsEntry("params", Map.of("username", "akmatori", "password", "zbx-Pa55word"));
    Map<String, Object> problems = envelope(next());
    assertThat(problems).containsEntry("auth", "0424bd59b807674191e7d77572075f33");
    assertThat(map(problems.get("params"))).containsEntry("severities", List.of(4, 5))
        .containsEntry("recent", true).containsEntry("sortorder", "DESC");
    assertThat(envelope(next())).containsEntry("method", "problem.get")
        .containsEntry("auth", "0424bd59b807674191e7d77572075f33");
    assertThat(zabbix.getRequestCount()).isEqualTo(4);
  }

  @Test
  void credentialsBefore54_logInWithUser() throws Exception {
    version("5.0.45");
    result("\"5b56eee8be445e98f0bd42b435736e42\"");
    result("[]");

    call(invoker, credentialsInstance(3), "get_hosts", Map.of());

    next();
    assertThat(envelope(next()).get("params")).isEqualTo(Map.of("user", "akmatori", "password", "zbx-Pa55word"));
  }

  @Test
  void credentialsOnZabbix7_sendTheSessionAsABearerToken() throws Exception {
    version("7.2.1");
    result("\"9c1a1e0f4e4a4b8e9d2a7f6b5c3d1e0f\"");
    result("[]");

    call(invoker, credentialsInstance(4), "get_hosts", Map.of());

    next();
    assertThat(next().getHeaders().get("Authorization")).isNull();
    RecordedRequest hosts = next();
    assertThat(hosts.getHeaders().get("Authorization")).isEqualTo("Bearer 9c1a1e0f4e4a4b8e9d2a7f6b5c3d1e0f");
    assertThat(envelope(hosts)).doesNotContainKey("auth");
  }

  @Test
  void aTerminatedSession_logsInAgainOnce_andRepeatsTheCall() throws Exception {
    version("6.4.20");
    result("\"old-session-0001\"");
    result("[]");
    AllowedInstance instance = credentialsInstance(5);
    call(invoker, instance, "get_hosts", Map.of());
    error(-32602, "Invalid params.", "Session terminated, re-login, please.");
    result("\"new-session-0002\"");
    result(HOSTS);

    Object hosts = call(invoker, instance, "get_hosts", Map.of());

    assertThat(hosts).asList().hasSize(1);
    for (int i = 0; i < 3; i++) {
      next();
    }
    assertThat(next().getHeaders().get("Authorization")).isEqualTo("Bearer old-session-0001");
    assertThat(envelope(next())).containsEntry("method", "user.login");
    assertThat(next().getHeaders().get("Authorization")).isEqualTo("Bearer new-session-0002");
  }

  @Test
  void aSessionRefusedAgainAfterTheReLogin_isReportedNotRetriedForever() {
    version("6.4.20");
    result("\"session-a\"");
    result("[]");
    AllowedInstance instance = credentialsInstance(6);
    call(invoker, instance, "get_hosts", Map.of());
    error(-32602, "Invalid params.", "Not authorised.");
    result("\"session-b\"");
    error(-32602, "Invalid params.", "Not authorised.");

    assertThatThrownBy(() -> call(invoker, instance, "get_hosts", Map.of()))
        .isInstanceOf(ToolCallException.class).hasMessage("-32602 Invalid params. Not authorised.");
    assertThat(zabbix.getRequestCount()).isEqualTo(6);
  }

  @Test
  void aZabbixErrorObject_isAToolErrorWithCodeMessageAndData() {
    version("7.0.5");
    error(-32602, "Invalid params.", "Invalid parameter \\\"/1\\\": unexpected parameter \\\"foo\\\".");

    assertThatThrownBy(() -> call(invoker, tokenInstance(), "api_request",
        Map.of("method", "host.get", "params", Map.of("foo", 1))))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("-32602 Invalid params. Invalid parameter \"/1\": unexpected parameter \"foo\".");
  }

  @Test
  void apiRequest_aChangingMethod_isRefusedWithoutWritePermission_andNothingIsSent() {
    assertThatThrownBy(() -> call(invoker, tokenInstance(), "api_request",
        Map.of("method", "host.delete", "params", Map.of("hostids", List.of("10084")))))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("method 'host.delete' may change Zabbix; only *.get methods are allowed unless"
            + " allow_write_operations is true");
    assertThat(zabbix.getRequestCount()).isZero();
  }

  @Test
  void apiRequest_withWritePermission_callsAnyMethod() throws Exception {
    version("7.0.5");
    result("{\"hostids\":[\"10084\"]}");
    AllowedInstance writable = instance(8, Map.of("zabbix_token", TOKEN, "allow_write_operations", true));

    Object result = call(invoker, writable, "api_request",
        Map.of("method", "host.delete", "params", Map.of("hostids", List.of("10084"))));

    next();
    assertThat(envelope(next())).containsEntry("method", "host.delete");
    assertThat(result).isEqualTo(Map.of("hostids", List.of("10084")));
  }

  @Test
  void getHistory_sendsDefaultsAndTurnsRfc3339IntoUnixSeconds() throws Exception {
    version("7.0.5");
    result("[{\"itemid\":\"23296\",\"clock\":\"1774606530\",\"value\":\"0.25\",\"ns\":\"0\"}]");

    call(invoker, tokenInstance(), "get_history",
        Map.of("itemids", List.of("23296"), "time_from", "2026-03-27T10:15:30Z", "time_till", "1774610130"));

    next();
    assertThat(map(envelope(next()).get("params"))).containsEntry("history", 0)
        .containsEntry("itemids", List.of("23296")).containsEntry("time_from", "1774606530")
        .containsEntry("time_till", "1774610130").containsEntry("sortfield", "clock")
        .containsEntry("sortorder", "DESC").containsEntry("output", "extend");
  }

  @Test
  void getItemsBatch_searchesEachText_andDropsItemsAnEarlierSearchReturned() throws Exception {
    version("7.0.5");
    result("[{\"itemid\":\"1\",\"name\":\"CPU load\"},{\"itemid\":\"2\",\"name\":\"CPU utilization\"}]");
    result("[{\"itemid\":\"2\",\"name\":\"CPU utilization\"},{\"itemid\":\"3\",\"name\":\"Memory utilization\"}]");

    Object result = call(invoker, tokenInstance(), "get_items_batch",
        Map.of("searches", List.of("CPU", "utilization"), "limit_per_search", 5));

    next();
    Map<String, Object> firstSearch = map(envelope(next()).get("params"));
    assertThat(firstSearch).containsEntry("search", Map.of("name", "CPU", "key_", "CPU"))
        .containsEntry("searchByAny", true).containsEntry("limit", 10);
    Map<?, ?> out = (Map<?, ?>) result;
    assertThat(out.get("total_unique")).isEqualTo(3);
    List<?> results = (List<?>) out.get("results");
    assertThat(((Map<?, ?>) results.get(1)).get("items")).asList()
        .containsExactly(Map.of("itemid", "3", "name", "Memory utilization"));
  }

  @Test
  void anApiUrl_isUsedAsIs_andEditedSettingsAskTheVersionAgain() throws Exception {
    version("7.0.5");
    result("[]");
    version("6.0.36");
    result("[]");

    call(invoker, instance(9, Map.of("zabbix_url", zabbix.url("/api_jsonrpc.php").toString(),
        "zabbix_token", TOKEN)), "get_hosts", Map.of());
    call(invoker, instance(9, Map.of("zabbix_url", zabbix.url("/api_jsonrpc.php").toString(),
        "zabbix_token", TOKEN + "x")), "get_hosts", Map.of());

    assertThat(next().getUrl().encodedPath()).isEqualTo("/api_jsonrpc.php");
    next();
    assertThat(envelope(next())).containsEntry("method", "apiinfo.version");
    assertThat(envelope(next())).containsEntry("auth", TOKEN + "x");
  }

  @Test
  void theEndpointRule_removesOneTrailingSlash_andAppendsTheApiPathOnce() {
    assertThat(ZabbixToolInvoker.endpoint("https://zbx.corp/zabbix/")).isEqualTo("https://zbx.corp/zabbix/api_jsonrpc.php");
    assertThat(ZabbixToolInvoker.endpoint("https://zbx.corp")).isEqualTo("https://zbx.corp/api_jsonrpc.php");
    assertThat(ZabbixToolInvoker.endpoint("https://zbx.corp/api_jsonrpc.php"))
        .isEqualTo("https://zbx.corp/api_jsonrpc.php");
  }

  @Test
  void credentialsWithoutAPassword_failBeforeAnyLogin() {
    version("7.0.5");
    AllowedInstance incomplete = instance(10, Map.of("auth_method", "credentials", "zabbix_username", "x"));

    assertThatThrownBy(() -> call(invoker, incomplete, "get_hosts", Map.of()))
        .isInstanceOf(ToolCallException.class).hasMessage("setting 'zabbix_password' is not set");
  }
}
