package dev.akmatori.adapter.llm.tool.grafana;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GrafanaToolInvokerTest {
  private static final String TOKEN = "glsa_Zx8yW7vU6tS5rQ4pO3nM2lK1jI0hG9fE_1a2b3c4d";
  private static final String DASHBOARD = "{\"meta\":{\"slug\":\"api\"},\"dashboard\":{\"uid\":\"api-latency\","
      + "\"title\":\"API latency\",\"panels\":["
      + "{\"id\":1,\"type\":\"timeseries\",\"title\":\"p99\",\"datasource\":{\"type\":\"prometheus\",\"uid\":\"prom\"},"
      + "\"targets\":[{\"refId\":\"A\",\"expr\":\"histogram_quantile(0.99, rate(http_bucket[5m]))\"}]},"
      + "{\"id\":2,\"type\":\"row\",\"title\":\"Errors\",\"collapsed\":true,\"panels\":["
      + "{\"id\":3,\"type\":\"stat\",\"title\":\"5xx\",\"datasource\":{\"uid\":\"prom\"},\"targets\":[{\"expr\":\"x\"}]}]}]}}";

  private final MockWebServer grafana = new MockWebServer();
  private final GrafanaToolInvoker invoker =
      new GrafanaToolInvoker(new IntegrationHttp(ModelTransports.defaultClient(), new FixedRuntimeSettings()));

  @BeforeEach
  void start() throws IOException {
    TestServers.start(grafana);
  }

  @AfterEach
  void stop() {
    grafana.close();
  }

  private AllowedInstance instance(boolean writes) {
    return ToolCalls.instance(3, "grafana", Map.of("grafana_url", grafana.url("/grafana/").toString(),
        "grafana_api_token", TOKEN, "allow_write_operations", writes));
  }

  private void reply(String json) {
    grafana.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(json).build());
  }

  private RecordedRequest next() throws InterruptedException {
    RecordedRequest request = grafana.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    return request;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(RecordedRequest request) {
    return (Map<String, Object>) Json.parse(request.getBody().string(StandardCharsets.UTF_8)).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void searchDashboards_sendsTheGivenFilters_withANumericFolderAsFolderIds() throws Exception {
    reply("[{\"uid\":\"api-latency\",\"title\":\"API latency\",\"type\":\"dash-db\"}]");
    reply("[]");

    Object found = call(invoker, instance(false), "search_dashboards",
        Map.of("query", "latency", "tag", "api", "type", "dash-db", "folder_id", "12", "limit", 20));
    call(invoker, instance(false), "search_dashboards", Map.of("folder_id", "ops-folder"));

    RecordedRequest search = next();
    assertThat(search.getUrl().encodedPath()).isEqualTo("/grafana/api/search");
    assertThat(search.getUrl().queryParameter("query")).isEqualTo("latency");
    assertThat(search.getUrl().queryParameter("tag")).isEqualTo("api");
    assertThat(search.getUrl().queryParameter("type")).isEqualTo("dash-db");
    assertThat(search.getUrl().queryParameter("folderIds")).isEqualTo("12");
    assertThat(search.getUrl().queryParameter("limit")).isEqualTo("20");
    assertThat(next().getUrl().queryParameter("folderUIDs")).isEqualTo("ops-folder");
    assertThat(found).asList().hasSize(1);
  }

  @Test
  void getDashboard_andItsPanels_readTheDashboardByUid_rowsFlattened() throws Exception {
    reply(DASHBOARD);
    reply(DASHBOARD);

    Object dashboard = call(invoker, instance(false), "get_dashboard", Map.of("uid", "api-latency"));
    Object panels = call(invoker, instance(false), "get_dashboard_panels", Map.of("uid", "api-latency"));

    assertThat(next().getUrl().encodedPath()).isEqualTo("/grafana/api/dashboards/uid/api-latency");
    assertThat(next().getUrl().encodedPath()).isEqualTo("/grafana/api/dashboards/uid/api-latency");
    assertThat(map(dashboard)).containsKey("meta");
    List<?> list = (List<?>) map(panels).get("panels");
    assertThat(list).hasSize(2);
    assertThat(map(list.get(0))).containsEntry("title", "p99").containsEntry("type", "timeseries")
        .containsEntry("targets", List.of(Map.of("refId", "A", "expr", "histogram_quantile(0.99, rate(http_bucket[5m]))")));
    assertThat(map(list.get(1))).containsEntry("title", "5xx").containsEntry("row", "Errors");
  }

  @Test
  void aUidThatIsNotOnePathSegment_isRefused() {
    assertThatThrownBy(() -> call(invoker, instance(false), "get_dashboard", Map.of("uid", "../../admin/users")))
        .isInstanceOf(ToolCallException.class).hasMessage("invalid arguments: uid: is not a Grafana uid");
    assertThat(grafana.getRequestCount()).isZero();
  }

  @Test
  void alertRules_andOneRule_comeFromTheProvisioningApi() throws Exception {
    reply("[{\"uid\":\"cpu-high\",\"title\":\"CPU high\"}]");
    reply("{\"uid\":\"cpu-high\",\"title\":\"CPU high\",\"condition\":\"C\"}");

    call(invoker, instance(false), "get_alert_rules", Map.of());
    call(invoker, instance(false), "get_alert_rule", Map.of("uid", "cpu-high"));

    assertThat(next().getUrl().encodedPath()).isEqualTo("/grafana/api/v1/provisioning/alert-rules");
    assertThat(next().getUrl().encodedPath()).isEqualTo("/grafana/api/v1/provisioning/alert-rules/cpu-high");
  }

  @Test
  void alertInstances_sendEachFilterAsAMatcher_andTheFlags() throws Exception {
    reply("[{\"labels\":{\"alertname\":\"HighCPU\"},\"status\":{\"state\":\"active\"}}]");

    call(invoker, instance(false), "get_alert_instances",
        Map.of("filter", Map.of("alertname", "HighCPU"), "silenced", false, "active", true));

    RecordedRequest request = next();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/grafana/api/alertmanager/grafana/api/v2/alerts");
    assertThat(request.getUrl().queryParameterValues("filter")).containsExactly("alertname=\"HighCPU\"");
    assertThat(request.getUrl().queryParameter("silenced")).isEqualTo("false");
    assertThat(request.getUrl().queryParameter("active")).isEqualTo("true");
    assertThat(request.getUrl().queryParameter("inhibited")).isNull();
  }

  @Test
  void dataSources_areListed() throws Exception {
    reply("[{\"id\":1,\"uid\":\"prom\",\"name\":\"Prometheus\",\"type\":\"prometheus\"}]");

    Object sources = call(invoker, instance(false), "list_data_sources", Map.of());

    assertThat(next().getUrl().encodedPath()).isEqualTo("/grafana/api/datasources");
    assertThat(sources).asList().hasSize(1);
  }

  @Test
  void queryPrometheus_postsARangeQueryToDsQuery_withTimesInEpochMilliseconds() throws Exception {
    reply("{\"results\":{\"A\":{\"status\":200,\"frames\":[]}}}");

    call(invoker, instance(false), "query_prometheus", Map.of("datasource_uid", "prom", "expr", "up",
        "start", "2026-03-27T10:00:00Z", "end", "1774606530", "step", 60));

    RecordedRequest request = next();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/grafana/api/ds/query");
    Map<String, Object> body = body(request);
    assertThat(body).containsEntry("from", "1774605600000").containsEntry("to", "1774606530000");
    assertThat(map(((List<?>) body.get("queries")).get(0))).containsEntry("refId", "A")
        .containsEntry("datasource", Map.of("uid", "prom")).containsEntry("expr", "up")
        .containsEntry("instant", false).containsEntry("range", true)
        .containsEntry("interval", "60s").containsEntry("intervalMs", 60000);
  }

  @Test
  void queryLoki_asksForARangeOfLines_andTheRangeDefaultsToTheLastHour() throws Exception {
    reply("{\"results\":{\"A\":{\"status\":200,\"frames\":[]}}}");

    call(invoker, instance(false), "query_loki", Map.of("datasource_uid", "loki", "expr", "{app=\"web\"} |= \"error\"",
        "limit", 200, "direction", "backward"));

    Map<String, Object> body = body(next());
    assertThat(body).containsEntry("from", "now-1h").containsEntry("to", "now");
    assertThat(map(((List<?>) body.get("queries")).get(0))).containsEntry("queryType", "range")
        .containsEntry("maxLines", 200).containsEntry("direction", "backward")
        .containsEntry("expr", "{app=\"web\"} |= \"error\"");
  }

  @Test
  void queryDataSource_givesEachQueryTheDataSourceAndARefId() throws Exception {
    reply("{\"results\":{}}");

    call(invoker, instance(false), "query_data_source", Map.of("datasource_uid", "pg",
        "queries", List.of(Map.of("rawSql", "select 1", "format", "table"), Map.of("refId", "Z", "rawSql", "select 2")),
        "from", "now-6h", "to", "now"));

    Map<String, Object> body = body(next());
    List<?> queries = (List<?>) body.get("queries");
    assertThat(map(queries.get(0))).containsEntry("refId", "A").containsEntry("datasource", Map.of("uid", "pg"));
    assertThat(map(queries.get(1))).containsEntry("refId", "Z");
    assertThat(body).containsEntry("from", "now-6h");
  }

  @Test
  void aFailedQuery_isAToolErrorWithItsQueryError() {
    grafana.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
        .body("{\"results\":{\"A\":{\"error\":\"bad_data: 1:3: parse error: unclosed left parenthesis\","
            + "\"errorSource\":\"downstream\",\"status\":400}}}").build());

    assertThatThrownBy(() -> call(invoker, instance(false), "query_prometheus",
        Map.of("datasource_uid", "prom", "expr", "up(")))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("400 A: bad_data: 1:3: parse error: unclosed left parenthesis");
  }

  @Test
  void grafanasErrorMessage_isTheToolError() {
    grafana.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
        .body("{\"message\":\"Dashboard not found\",\"messageId\":\"dashboards.notFound\",\"statusCode\":404}").build());

    assertThatThrownBy(() -> call(invoker, instance(false), "get_dashboard", Map.of("uid", "gone")))
        .hasMessage("404 Dashboard not found");
  }

  @Test
  void annotations_areReadWithMillisecondTimes_repeatedTags_andADashboardUid() throws Exception {
    reply("[]");

    call(invoker, instance(false), "get_annotations", Map.of("from", "1774605600", "to", "2026-03-27T10:15:30Z",
        "dashboard_id", "api-latency", "tags", List.of("deploy", "web"), "limit", 50, "type", "annotation"));

    RecordedRequest request = next();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/grafana/api/annotations");
    assertThat(request.getUrl().queryParameter("from")).isEqualTo("1774605600000");
    assertThat(request.getUrl().queryParameter("to")).isEqualTo("1774606530000");
    assertThat(request.getUrl().queryParameter("dashboardUID")).isEqualTo("api-latency");
    assertThat(request.getUrl().queryParameterValues("tags")).containsExactly("deploy", "web");
    assertThat(request.getUrl().queryParameter("type")).isEqualTo("annotation");
  }

  @Test
  void silenceAlert_postsAnAlertmanagerSilence_withMatcherDefaultsAndRfc3339Times() throws Exception {
    reply("{\"silenceID\":\"4b1c2d3e-0000-4000-8000-000000000001\"}");

    Object result = call(invoker, instance(true), "silence_alert", Map.of(
        "matchers", List.of(Map.of("name", "alertname", "value", "HighCPU")),
        "starts_at", "1774606530", "ends_at", "2026-03-27T12:15:30Z",
        "created_by", "akmatori", "comment", "Investigating INC-42"));

    RecordedRequest request = next();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/grafana/api/alertmanager/grafana/api/v2/silences");
    Map<String, Object> body = body(request);
    assertThat(body).containsEntry("startsAt", "2026-03-27T10:15:30Z").containsEntry("endsAt", "2026-03-27T12:15:30Z")
        .containsEntry("createdBy", "akmatori").containsEntry("comment", "Investigating INC-42")
        .containsEntry("matchers", List.of(Map.of("name", "alertname", "value", "HighCPU", "isRegex", false,
            "isEqual", true)));
    assertThat(map(result)).containsKey("silenceID");
  }

  @Test
  void aSilenceThatEndsBeforeItStarts_isRefusedBeforeSending() {
    assertThatThrownBy(() -> call(invoker, instance(true), "silence_alert", Map.of(
        "matchers", List.of(Map.of("name", "alertname", "value", "HighCPU")),
        "starts_at", "2026-03-27T12:00:00Z", "ends_at", "2026-03-27T11:00:00Z", "created_by", "a", "comment", "c")))
        .hasMessage("invalid arguments: ends_at: must be after starts_at");
    assertThat(grafana.getRequestCount()).isZero();
  }

  @Test
  void createAnnotation_postsTextTagsAndMillisecondTimes_onANumericDashboardAndPanel() throws Exception {
    reply("{\"id\":77,\"message\":\"Annotation added\"}");

    call(invoker, instance(true), "create_annotation", Map.of("text", "INC-42 opened", "dashboard_id", "15",
        "panel_id", "2", "tags", List.of("incident"), "time", "2026-03-27T10:15:30Z", "time_end", "1774610130"));

    RecordedRequest request = next();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/grafana/api/annotations");
    assertThat(body(request)).containsEntry("text", "INC-42 opened").containsEntry("dashboardId", 15)
        .containsEntry("panelId", 2).containsEntry("tags", List.of("incident"))
        .containsEntry("time", 1774606530000L).containsEntry("timeEnd", 1774610130000L);
  }
}
