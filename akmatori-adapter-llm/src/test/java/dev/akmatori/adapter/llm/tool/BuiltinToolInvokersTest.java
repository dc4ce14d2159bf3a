package dev.akmatori.adapter.llm.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.testing.FixedRuntimeSettings;
import dev.akmatori.adapter.llm.testing.ToolCalls;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolInvoker;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.ToolOperation;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every operation of the five catalogue entries is implemented: each one reaches the target and answers. */
class BuiltinToolInvokersTest {
  private static final Map<String, Map<String, Object>> CREDENTIALS = Map.of(
      "zabbix", Map.of("zabbix_url", "ZABBIX", "zabbix_token", "zbx-token-1"),
      "netbox", Map.of("netbox_url", "URL", "netbox_api_token", "nbt-token"),
      "catchpoint", Map.of("catchpoint_url", "URL", "catchpoint_api_token", "cp-token"),
      "victoria_metrics", Map.of("vm_url", "URL", "vm_auth_method", "none"),
      "grafana", Map.of("grafana_url", "URL", "grafana_api_token", "glsa_token"),
      "kubernetes", Map.of("k8s_url", "URL", "k8s_token", "k8s-token"),
      "pagerduty", Map.of("pagerduty_url", "URL", "pagerduty_api_token", "u+pd-token-0123"));
  /** Arguments an operation needs beyond its schema's required ones (a trigger event's payload). */
  private static final Map<String, Map<String, Object>> EXTRA = Map.of(
      "send_event", Map.of("summary", "Disk full on web-01", "source", "web-01", "severity", "warning"));

  private final MockWebServer server = new MockWebServer();
  private final Map<String, ToolInvoker> invokers =
      BuiltinToolInvokers.create(new ModelTransports(), new FixedRuntimeSettings());

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getUrl().encodedPath().endsWith("api_jsonrpc.php")
            ? "{\"jsonrpc\":\"2.0\",\"result\":\"7.0.5\",\"id\":1}"
            : "{\"status\":\"success\",\"data\":[],\"items\":[],\"results\":{},\"dashboard\":{}}";
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theFactory_coversTheSevenHttpIntegrations_andCanBeExtended() {
    assertThat(invokers).containsOnlyKeys(
        "zabbix", "victoria_metrics", "grafana", "kubernetes", "netbox", "catchpoint", "pagerduty");
    invokers.put("ssh", (type, op, instance, args, timeout, cancellation) -> "added later");
    assertThat(invokers).containsKey("ssh");
  }

  @Test
  void everyCatalogueOperation_ofTheseTypes_isImplemented() {
    int calls = 0;
    for (String type : CREDENTIALS.keySet()) {
      AllowedInstance instance = ToolCalls.instance(1, type, settings(type));
      for (ToolOperation operation : instance.type().operations()) {
        Map<String, Object> args = arguments(operation);
        assertThatCode(() -> ToolCalls.call(invokers.get(type), instance, operation.name(), args))
            .as(type + "." + operation.name()).doesNotThrowAnyException();
        calls++;
      }
    }
    int operations = CREDENTIALS.keySet().stream()
        .mapToInt(t -> BuiltinToolTypes.byName(t).orElseThrow().operations().size()).sum();
    assertThat(calls).isEqualTo(operations);
    assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(operations);
  }

  private Map<String, Object> settings(String type) {
    Map<String, Object> settings = new LinkedHashMap<>();
    CREDENTIALS.get(type).forEach((k, v) -> settings.put(k,
        "URL".equals(v) ? server.url("/").toString() : "ZABBIX".equals(v) ? server.url("/zabbix").toString() : v));
    if (!type.equals("kubernetes")) {
      // Writes on, so that the W operations run too (kubernetes has none).
      settings.put("allow_write_operations", true);
    }
    return settings;
  }

  /** Plausible values for every required argument, by name where the type alone is not enough. */
  private static Map<String, Object> arguments(ToolOperation operation) {
    Map<String, Object> args = new LinkedHashMap<>();
    Map<String, Object> schema = operation.inputSchema().toMap();
    Map<?, ?> properties = (Map<?, ?>) schema.getOrDefault("properties", Map.of());
    for (Object name : (List<?>) schema.getOrDefault("required", List.of())) {
      Map<?, ?> property = (Map<?, ?>) properties.get(name);
      args.put((String) name, value((String) name, property));
    }
    args.putAll(EXTRA.getOrDefault(operation.name(), Map.of()));
    return args;
  }

  private static Object value(String name, Map<?, ?> property) {
    switch (name) {
      case "method":
        return "host.get";
      case "action":
        return "acknowledge";
      case "path":
        return "/api/v1/namespaces";
      case "ends_at":
        return "1774610130";
      case "requester_email":
        return "oncall@example.com";
      case "event_action":
        return "trigger";
      default:
        break;
    }
    Object type = property.get("type");
    if ("integer".equals(type)) {
      return 1;
    }
    if ("boolean".equals(type)) {
      return false;
    }
    if ("object".equals(type)) {
      return Map.of();
    }
    if ("array".equals(type)) {
      Map<?, ?> items = (Map<?, ?>) property.get("items");
      return "object".equals(items.get("type")) ? List.of(Map.of("name", "a", "value", "b")) : List.of("1");
    }
    return "1774606530";
  }
}
