package dev.akmatori.adapter.llm.tool.netbox;

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
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.settings.ProxyService;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code netbox} against a loopback server speaking NetBox's REST API (token auth, DRF pagination). */
class NetBoxToolInvokerTest {
  static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
  static final String DEVICES = "{\"count\":2,"
      + "\"next\":\"http://netbox.example.com/api/dcim/devices/?limit=1&offset=1&site=ams1\",\"previous\":null,"
      + "\"results\":[{\"id\":42,\"url\":\"http://netbox.example.com/api/dcim/devices/42/\",\"display\":\"edge-sw-01\","
      + "\"name\":\"edge-sw-01\",\"device_type\":{\"id\":7,\"display\":\"Arista DCS-7050SX3-48YC8\","
      + "\"manufacturer\":{\"id\":3,\"name\":\"Arista\",\"slug\":\"arista\"},\"model\":\"DCS-7050SX3-48YC8\","
      + "\"slug\":\"dcs-7050sx3-48yc8\"},\"role\":{\"id\":2,\"name\":\"Leaf switch\",\"slug\":\"leaf-switch\"},"
      + "\"tenant\":null,\"platform\":{\"id\":1,\"name\":\"EOS\",\"slug\":\"eos\"},\"serial\":\"JPE21290ABC\","
      + "\"site\":{\"id\":1,\"name\":\"AMS1\",\"slug\":\"ams1\"},\"rack\":{\"id\":12,\"name\":\"R12\"},\"position\":40.0,"
      + "\"status\":{\"value\":\"active\",\"label\":\"Active\"},\"primary_ip4\":{\"id\":301,"
      + "\"family\":{\"value\":4,\"label\":\"IPv4\"},\"address\":\"10.20.0.11/24\"},"
      + "\"tags\":[{\"id\":5,\"name\":\"prod\",\"slug\":\"prod\"}],\"custom_fields\":{\"owner\":\"netops\"},"
      + "\"created\":\"2024-03-01T10:00:00.000000Z\",\"last_updated\":\"2026-02-11T08:12:40.123456Z\"}]}";

  private final MockWebServer netbox = new MockWebServer();
  private final MockWebServer proxy = new MockWebServer();
  private final FixedRuntimeSettings runtime = new FixedRuntimeSettings();
  private final NetBoxToolInvoker invoker =
      new NetBoxToolInvoker(new IntegrationHttp(ModelTransports.defaultClient(), runtime));

  @BeforeEach
  void start() throws IOException {
    TestServers.start(netbox, proxy);
  }

  @AfterEach
  void stop() {
    netbox.close();
    proxy.close();
  }

  private AllowedInstance instance(Map<String, Object> extra) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("netbox_url", netbox.url("/").toString());
    settings.put("netbox_api_token", TOKEN);
    settings.putAll(extra);
    return ToolCalls.instance(9, "netbox", settings);
  }

  private void reply(String json) {
    netbox.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(json).build());
  }

  private void fail(int code, String json) {
    netbox.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body(json).build());
  }

  private RecordedRequest seen() throws InterruptedException {
    RecordedRequest request = netbox.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token " + TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    return request;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void getDevices_sendsTheFiltersAndPaging_andReturnsNetBoxsPage() throws Exception {
    reply(DEVICES);

    Object result = call(invoker, instance(Map.of()), "get_devices", Map.of("site", "ams1", "role", "leaf-switch",
        "status", "active", "tag", "prod", "q", "edge", "limit", 1, "offset", 0));

    RecordedRequest request = seen();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/dcim/devices/");
    assertThat(request.getUrl().queryParameter("site")).isEqualTo("ams1");
    assertThat(request.getUrl().queryParameter("role")).isEqualTo("leaf-switch");
    assertThat(request.getUrl().queryParameter("status")).isEqualTo("active");
    assertThat(request.getUrl().queryParameter("tag")).isEqualTo("prod");
    assertThat(request.getUrl().queryParameter("q")).isEqualTo("edge");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("1");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("0");
    assertThat(map(result)).containsEntry("count", 2).containsKeys("next", "previous");
    Map<String, Object> device = map(((List<?>) map(result).get("results")).get(0));
    assertThat(device).containsEntry("name", "edge-sw-01").containsEntry("position", 40.0);
    assertThat(map(device.get("primary_ip4"))).containsEntry("address", "10.20.0.11/24");
  }

  @Test
  void everyListOperation_readsItsNetBoxEndpoint() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("get_devices", "/api/dcim/devices/");
    expected.put("get_interfaces", "/api/dcim/interfaces/");
    expected.put("get_sites", "/api/dcim/sites/");
    expected.put("get_racks", "/api/dcim/racks/");
    expected.put("get_cables", "/api/dcim/cables/");
    expected.put("get_device_types", "/api/dcim/device-types/");
    expected.put("get_ip_addresses", "/api/ipam/ip-addresses/");
    expected.put("get_prefixes", "/api/ipam/prefixes/");
    expected.put("get_vlans", "/api/ipam/vlans/");
    expected.put("get_vrfs", "/api/ipam/vrfs/");
    expected.put("get_circuits", "/api/circuits/circuits/");
    expected.put("get_providers", "/api/circuits/providers/");
    expected.put("get_virtual_machines", "/api/virtualization/virtual-machines/");
    expected.put("get_clusters", "/api/virtualization/clusters/");
    expected.put("get_vm_interfaces", "/api/virtualization/interfaces/");
    expected.put("get_tenants", "/api/tenancy/tenants/");
    expected.put("get_tenant_groups", "/api/tenancy/tenant-groups/");
    assertThat(NetBoxEndpoints.operations()).containsExactlyInAnyOrderElementsOf(expected.keySet());

    for (Map.Entry<String, String> entry : expected.entrySet()) {
      reply("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}");
      Object result = call(invoker, instance(Map.of()), entry.getKey(), Map.of());
      assertThat(seen().getUrl().encodedPath()).as(entry.getKey()).isEqualTo(entry.getValue());
      assertThat(map(result)).containsEntry("count", 0);
    }
  }

  @Test
  void listFilters_passAnyNetBoxFilterName_arraysRepeated_flagsAndNumbersAsText_blanksDropped() throws Exception {
    reply("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}");
    reply("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}");
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("status", "active");
    filters.put("tag", List.of("prod", "web"));
    filters.put("site_id", 3);
    filters.put("address__ic", "10.20.");
    filters.put("vrf", "");

    call(invoker, instance(Map.of()), "get_ip_addresses", filters);
    call(invoker, instance(Map.of()), "get_interfaces", Map.of("device", "edge-sw-01", "enabled", false,
        "type", "1000base-t"));

    RecordedRequest ips = seen();
    assertThat(ips.getUrl().queryParameter("status")).isEqualTo("active");
    assertThat(ips.getUrl().queryParameterValues("tag")).containsExactly("prod", "web");
    assertThat(ips.getUrl().queryParameter("site_id")).isEqualTo("3");
    assertThat(ips.getUrl().queryParameter("address__ic")).isEqualTo("10.20.");
    assertThat(ips.getUrl().queryParameterNames()).doesNotContain("vrf");
    RecordedRequest interfaces = seen();
    assertThat(interfaces.getUrl().queryParameter("device")).isEqualTo("edge-sw-01");
    assertThat(interfaces.getUrl().queryParameter("enabled")).isEqualTo("false");
    assertThat(interfaces.getUrl().queryParameter("type")).isEqualTo("1000base-t");
  }

  @Test
  void aFilterThatIsAnObject_isRefusedBeforeSending() {
    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_sites", Map.of("region", Map.of("slug", "eu"))))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("invalid arguments: region: a NetBox filter must be a string, number, boolean or array of them");
    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_sites", Map.of("limit", -1)))
        .hasMessage("invalid arguments: limit: must not be negative");
    assertThat(netbox.getRequestCount()).isZero();
  }

  @Test
  void getDevice_readsOneDeviceById_andRefusesAnIdThatIsNotANumber() throws Exception {
    reply("{\"id\":42,\"name\":\"edge-sw-01\",\"config_context\":{\"ntp\":[\"10.0.0.1\"]}}");

    Object device = call(invoker, instance(Map.of()), "get_device", Map.of("id", "42"));

    assertThat(seen().getUrl().encodedPath()).isEqualTo("/api/dcim/devices/42/");
    assertThat(map(device)).containsEntry("name", "edge-sw-01");
    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_device", Map.of("id", "../users")))
        .hasMessage("invalid arguments: id: must be a numeric NetBox device id");
    assertThat(netbox.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aMissingRequiredArgument_isAClearToolError_evenIfTheGatewayCheckWereSkipped() {
    AllowedInstance instance = instance(Map.of());
    var type = instance.type();

    assertThatThrownBy(() -> invoker.invoke(type, type.operation("get_device").orElseThrow(), instance, Map.of(),
        Duration.ofMinutes(5), Cancellation.NONE))
        .isInstanceOf(ToolCallException.class).hasMessage("invalid arguments: id: is required");
    assertThatThrownBy(() -> invoker.invoke(type, type.operation("api_request").orElseThrow(), instance, Map.of(),
        Duration.ofMinutes(5), Cancellation.NONE))
        .isInstanceOf(ToolCallException.class).hasMessage("invalid arguments: path: is required");
    assertThat(netbox.getRequestCount()).isZero();
  }

  @Test
  void aMissingTokenSetting_isAClearToolError() {
    AllowedInstance noToken = ToolCalls.instance(9, "netbox", Map.of("netbox_url", netbox.url("/").toString()));

    assertThatThrownBy(() -> call(invoker, noToken, "get_sites", Map.of()))
        .isInstanceOf(ToolCallException.class).hasMessage("setting 'netbox_api_token' is not set");
  }

  @Test
  void apiRequest_getsAPathUnderApi_withQueryParamsAndPaging_underANetBoxUrlWithAPrefix() throws Exception {
    reply("{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{\"id\":1,\"name\":\"PDU-A feed\"}]}");
    reply("{\"django-version\":\"5.0.9\",\"netbox-version\":\"4.1.3\",\"plugins\":{}}");
    AllowedInstance prefixed = instance(Map.of("netbox_url", netbox.url("/netbox").toString()));

    Object feeds = call(invoker, prefixed, "api_request", Map.of("path", "/api/dcim/power-feeds/",
        "query_params", Map.of("status", "active", "site", List.of("ams1", "fra1")), "limit", 10, "offset", 20));
    call(invoker, prefixed, "api_request", Map.of("path", "api/status"));

    RecordedRequest request = seen();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/netbox/api/dcim/power-feeds/");
    assertThat(request.getUrl().queryParameter("status")).isEqualTo("active");
    assertThat(request.getUrl().queryParameterValues("site")).containsExactly("ams1", "fra1");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("10");
    assertThat(request.getUrl().queryParameter("offset")).isEqualTo("20");
    assertThat(map(feeds)).containsEntry("count", 1);
    assertThat(seen().getUrl().encodedPath()).isEqualTo("/netbox/api/status/");
  }

  @Test
  void apiRequest_explicitPaging_winsOverTheSameNamesInQueryParams() throws Exception {
    reply("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}");

    call(invoker, instance(Map.of()), "api_request", Map.of("path", "/api/ipam/aggregates/",
        "query_params", Map.of("limit", 5000), "limit", 50));

    assertThat(seen().getUrl().queryParameterValues("limit")).containsExactly("50");
  }

  @Test
  void netBoxsDetailMessage_isTheToolError() {
    fail(403, "{\"detail\":\"Invalid v1 token\"}");
    fail(404, "{\"detail\":\"No Device matches the given query.\"}");

    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_devices", Map.of()))
        .isInstanceOf(ToolCallException.class).hasMessage("403 Invalid v1 token");
    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_device", Map.of("id", "999999")))
        .isInstanceOf(ToolCallException.class).hasMessage("404 No Device matches the given query.");
  }

  @Test
  void fieldErrors_andServerErrors_becomeClearToolErrors() {
    fail(400, "{\"status\":[\"Select a valid choice. broken is not one of the available choices.\"],"
        + "\"site_id\":[\"Select a valid choice. 999 is not one of the available choices.\"]}");
    fail(500, "{\"error\":\"Cannot resolve keyword 'foo' into field.\",\"exception\":\"FieldError\","
        + "\"netbox_version\":\"4.1.3\",\"python_version\":\"3.12.3\"}");
    netbox.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
        .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build());

    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_devices", Map.of("status", "broken")))
        .hasMessage("400 status: Select a valid choice. broken is not one of the available choices.; "
            + "site_id: Select a valid choice. 999 is not one of the available choices.");
    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_devices", Map.of()))
        .hasMessage("500 Cannot resolve keyword 'foo' into field.");
    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_devices", Map.of()))
        .hasMessage("502 <html><body><h1>502 Bad Gateway</h1></body></html>");
  }

  @Test
  void theToken_neverAppearsInAResultOrError_evenWhenTheServerEchoesIt() throws Exception {
    fail(401, "{\"detail\":\"Authorization header 'Token " + TOKEN + "' is not valid\"}");
    fail(400, "{\"token\":[\"" + TOKEN + " is expired\"]}");
    reply(DEVICES);

    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_devices", Map.of()))
        .hasMessage("401 Authorization header '****' is not valid").message().doesNotContain(TOKEN);
    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_devices", Map.of()))
        .hasMessage("400 token: **** is expired");
    Object result = call(invoker, instance(Map.of()), "get_devices", Map.of());
    assertThat(Json.write(result)).doesNotContain(TOKEN);
  }

  @Test
  void aReplyOver10MiB_isRefused() {
    reply("{\"count\":1,\"results\":[\"" + "x".repeat(10 * 1024 * 1024) + "\"]}");

    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "get_cables", Map.of()))
        .isInstanceOf(ToolCallException.class).hasMessage("response exceeds 10 MiB");
  }

  @Test
  void theNetBoxTimeoutSetting_limitsEachRequest() {
    netbox.enqueue(new MockResponse.Builder().body("{}").headersDelay(10, TimeUnit.SECONDS).build());

    assertThatThrownBy(() -> call(invoker, instance(Map.of("netbox_timeout", 1)), "get_sites", Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("request to " + netbox.url("/").host() + " timed out after 1 s");
  }

  @Test
  void withTheNetBoxToggleOn_requestsGoThroughTheProxy_andOtherTogglesDoNotApply() throws Exception {
    runtime.proxy("http://localhost:" + proxy.getPort(), "", ProxyService.CATCHPOINT);
    reply("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}");
    call(invoker, instance(Map.of()), "get_sites", Map.of());
    assertThat(seen().getUrl().encodedPath()).isEqualTo("/api/dcim/sites/");

    runtime.proxy("http://localhost:" + proxy.getPort(), "", ProxyService.NETBOX);
    proxy.enqueue(new MockResponse.Builder().body("{\"count\":0,\"results\":[]}").build());
    call(invoker, instance(Map.of("netbox_url", "http://netbox.corp.example:8000")), "get_sites", Map.of());

    RecordedRequest proxied = proxy.takeRequest(5, TimeUnit.SECONDS);
    assertThat(proxied.getTarget()).isEqualTo("http://netbox.corp.example:8000/api/dcim/sites/");
    assertThat(proxied.getHeaders().get("Authorization")).isEqualTo("Token " + TOKEN);
    assertThat(netbox.getRequestCount()).isEqualTo(1);
  }

  @Test
  void verifySslFalse_acceptsASelfSignedNetBox_andTrueRefusesIt() throws Exception {
    MockWebServer https = new MockWebServer();
    HeldCertificate selfSigned = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    https.useHttps(new HandshakeCertificates.Builder().heldCertificate(selfSigned).build().sslSocketFactory());
    TestServers.start(https);
    try {
      https.enqueue(new MockResponse.Builder().body("{\"count\":0,\"results\":[]}").build());
      String url = "https://localhost:" + https.getPort() + "/";

      Object result = call(invoker, instance(Map.of("netbox_url", url, "netbox_verify_ssl", false)),
          "get_tenants", Map.of());

      assertThat(map(result)).containsEntry("count", 0);
      assertThatThrownBy(() -> call(invoker, instance(Map.of("netbox_url", url)), "get_tenants", Map.of()))
          .isInstanceOf(ToolCallException.class).hasMessageStartingWith("TLS connection to localhost failed: ");
    } finally {
      https.close();
    }
  }
}
