package dev.akmatori.adapter.llm.tool.victoriametrics;

import static dev.akmatori.adapter.llm.testing.ToolCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.testing.FixedRuntimeSettings;
import dev.akmatori.adapter.llm.testing.TestServers;
import dev.akmatori.adapter.llm.testing.ToolCalls;
import dev.akmatori.adapter.llm.tool.integration.IntegrationHttp;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.domain.settings.ProxyService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VictoriaMetricsToolInvokerTest {
  private static final String TOKEN = "vm-token-5f1c2e9a7b";
  private static final String VECTOR = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":"
      + "[{\"metric\":{\"__name__\":\"up\",\"job\":\"node\"},\"value\":[1774606530,\"1\"]}]},\"stats\":"
      + "{\"seriesFetched\":\"1\",\"executionTimeMsec\":0}}";

  private final MockWebServer vm = new MockWebServer();
  private final MockWebServer proxy = new MockWebServer();
  private final FixedRuntimeSettings runtime = new FixedRuntimeSettings();
  private final VictoriaMetricsToolInvoker invoker =
      new VictoriaMetricsToolInvoker(new IntegrationHttp(ModelTransports.defaultClient(), runtime));

  @BeforeEach
  void start() throws IOException {
    TestServers.start(vm, proxy);
  }

  @AfterEach
  void stop() {
    vm.close();
    proxy.close();
  }

  private AllowedInstance instance(Map<String, Object> extra) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("vm_url", vm.url("/").toString());
    settings.put("vm_bearer_token", TOKEN);
    settings.putAll(extra);
    return ToolCalls.instance(7, "victoria_metrics", settings);
  }

  private void reply(String body) {
    vm.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  private RecordedRequest seen() throws InterruptedException {
    return vm.takeRequest(1, TimeUnit.SECONDS);
  }

  @Test
  void instantQuery_isAGetWithOnlyTheGivenParameters_andTheBearerToken() throws Exception {
    reply(VECTOR);

    Object result = call(invoker, instance(Map.of()), "instant_query",
        Map.of("query", "sum(rate(http_requests_total{code=~\"5..\"}[5m]))", "time", "2026-03-27T10:15:30Z"));

    RecordedRequest request = seen();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/query");
    assertThat(request.getUrl().queryParameterNames()).containsExactly("query", "time");
    assertThat(request.getUrl().queryParameter("query")).isEqualTo("sum(rate(http_requests_total{code=~\"5..\"}[5m]))");
    assertThat(request.getUrl().queryParameter("time")).isEqualTo("2026-03-27T10:15:30Z");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(result).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) result).get("status")).isEqualTo("success");
    assertThat(((Map<?, ?>) ((Map<?, ?>) result).get("data")).get("resultType")).isEqualTo("vector");
  }

  @Test
  void rangeQuery_sendsQueryStartEndStepAndTimeout() throws Exception {
    reply("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}");

    call(invoker, instance(Map.of()), "range_query",
        Map.of("query", "up", "start", "-1h", "end", "1774606530", "step", 60, "timeout", 30));

    RecordedRequest request = seen();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/query_range");
    assertThat(request.getUrl().queryParameter("start")).isEqualTo("-1h");
    assertThat(request.getUrl().queryParameter("end")).isEqualTo("1774606530");
    assertThat(request.getUrl().queryParameter("step")).isEqualTo("60");
    assertThat(request.getUrl().queryParameter("timeout")).isEqualTo("30");
  }

  @Test
  void series_sendsOneMatchParameterPerSelector() throws Exception {
    reply("{\"status\":\"success\",\"data\":[{\"__name__\":\"up\",\"job\":\"node\"}]}");

    call(invoker, instance(Map.of()), "series",
        Map.of("match", List.of("up{job=\"node\"}", "process_start_time_seconds"), "start", "-15m"));

    RecordedRequest request = seen();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/series");
    assertThat(request.getUrl().queryParameterValues("match[]"))
        .containsExactly("up{job=\"node\"}", "process_start_time_seconds");
    assertThat(request.getUrl().queryParameter("start")).isEqualTo("-15m");
    assertThat(request.getUrl().queryParameter("end")).isNull();
  }

  @Test
  void labelValues_pathEscapesTheLabelName_andTakesOneMatchAsAString() throws Exception {
    reply("{\"status\":\"success\",\"data\":[\"node\",\"vmagent\"]}");

    Object result = call(invoker, instance(Map.of()), "label_values",
        Map.of("label_name", "team/owner", "match", "up"));

    RecordedRequest request = seen();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/label/team%2Fowner/values");
    assertThat(request.getUrl().queryParameterValues("match[]")).containsExactly("up");
    assertThat(((Map<?, ?>) result).get("data")).isEqualTo(List.of("node", "vmagent"));
  }

  @Test
  void aClusterTenantRoot_withATrailingSlash_keepsItsPath() throws Exception {
    reply(VECTOR);

    call(invoker, instance(Map.of("vm_url", vm.url("/select/42/prometheus/").toString())), "instant_query",
        Map.of("query", "up"));

    assertThat(seen().getUrl().encodedPath()).isEqualTo("/select/42/prometheus/api/v1/query");
  }

  @Test
  void basicAuth_andNoAuth_followVmAuthMethod() throws Exception {
    reply(VECTOR);
    reply(VECTOR);

    call(invoker, instance(Map.of("vm_auth_method", "basic_auth", "vm_username", "grafana",
        "vm_password", "s3cr3t-pass")), "instant_query", Map.of("query", "up"));
    call(invoker, instance(Map.of("vm_auth_method", "none")), "instant_query", Map.of("query", "up"));

    assertThat(seen().getHeaders().get("Authorization")).isEqualTo(Credentials.basic("grafana", "s3cr3t-pass"));
    assertThat(seen().getHeaders().get("Authorization")).isNull();
  }

  @Test
  void aPrometheusErrorReply_isAToolErrorWithStatusTypeAndMessage() {
    vm.enqueue(new MockResponse.Builder().code(422).addHeader("Content-Type", "application/json")
        .body("{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"cannot parse \\\"rate(\\\": "
            + "unexpected end of stream\"}").build());

    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "instant_query", Map.of("query", "rate(")))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("422 execution: cannot parse \"rate(\": unexpected end of stream");
  }

  @Test
  void apiRequest_getSendsParamsAsQuery_andAnswersNonJsonAsText() throws Exception {
    vm.enqueue(new MockResponse.Builder().body("vm_rows{type=\"storage/small\"} 1234\n").build());

    Object result = call(invoker, instance(Map.of("allow_write_operations", true)), "api_request",
        Map.of("path", "/metrics", "params", Map.of("extra_label", List.of("a=1", "b=2"))));

    RecordedRequest request = seen();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/metrics");
    assertThat(request.getUrl().queryParameterValues("extra_label")).containsExactly("a=1", "b=2");
    assertThat(result).isEqualTo("vm_rows{type=\"storage/small\"} 1234\n");
  }

  @Test
  void apiRequest_postSendsParamsAsAForm() throws Exception {
    reply("{\"status\":\"success\"}");

    call(invoker, instance(Map.of("allow_write_operations", true)), "api_request",
        Map.of("path", "api/v1/admin/tsdb/delete_series", "method", "POST", "params",
            Map.of("match[]", "up{job=\"old\"}")));

    RecordedRequest request = seen();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/admin/tsdb/delete_series");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(request.getBody().string(StandardCharsets.UTF_8)).isEqualTo("match%5B%5D=up%7Bjob%3D%22old%22%7D");
  }

  @Test
  void apiRequest_withoutWritePermission_onlyGetsReadPaths_evenIfTheGatewayWereBypassed() {
    AllowedInstance readOnly = instance(Map.of());

    assertThatThrownBy(() -> call(invoker, readOnly, "api_request",
        Map.of("path", "api/v1/admin/tsdb/delete_series", "params", Map.of("match[]", "up"))))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("GET /api/v1/admin/tsdb/delete_series may change VictoriaMetrics and needs allow_write_operations");
    assertThatThrownBy(() -> call(invoker, readOnly, "api_request", Map.of("path", "api/v1/query", "method", "POST")))
        .hasMessageContaining("needs allow_write_operations");
    assertThat(vm.getRequestCount()).isZero();
  }

  @Test
  void apiRequest_pathsThatLeaveVmUrl_orCarryAQuery_areRefused() {
    AllowedInstance writable = instance(Map.of("allow_write_operations", true));

    assertThatThrownBy(() -> call(invoker, writable, "api_request", Map.of("path", "../../1/prometheus/api/v1/query")))
        .hasMessage("invalid arguments: path: must not contain '.' or '..' segments");
    assertThatThrownBy(() -> call(invoker, writable, "api_request", Map.of("path", "api/v1/status/tsdb?topN=5")))
        .hasMessage("invalid arguments: path: must not carry a query string; pass parameters in params");
    assertThat(vm.getRequestCount()).isZero();
  }

  @Test
  void withTheVictoriaMetricsToggleOn_queriesGoThroughTheProxy() throws Exception {
    runtime.proxy("http://localhost:" + proxy.getPort(), "", ProxyService.VICTORIA_METRICS);
    proxy.enqueue(new MockResponse.Builder().body(VECTOR).build());

    call(invoker, instance(Map.of("vm_url", "http://vmselect.monitoring:8481/select/0/prometheus")),
        "instant_query", Map.of("query", "up"));

    assertThat(proxy.takeRequest(1, TimeUnit.SECONDS).getTarget())
        .isEqualTo("http://vmselect.monitoring:8481/select/0/prometheus/api/v1/query?query=up");
    assertThat(vm.getRequestCount()).isZero();
  }
}
