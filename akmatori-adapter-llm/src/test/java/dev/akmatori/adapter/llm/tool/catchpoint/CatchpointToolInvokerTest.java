package dev.akmatori.adapter.llm.tool.catchpoint;

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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

/** {@code catchpoint} against a loopback server speaking the Catchpoint REST API v2 and its envelope. */
class CatchpointToolInvokerTest {
  static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJjbGllbnRfaWQiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl";
  static final Instant NOW = Instant.parse("2026-03-27T10:15:30Z");
  static final String USAGE = "\"traceId\":\"0HN8K2Q5V1T3R:00000001\",\"usageLimits\":{\"clientId\":1234,"
      + "\"lastRequestTimestamp\":\"2026-03-27T10:15:30Z\",\"limits\":{\"minute\":60,\"hour\":3600,\"day\":50000},"
      + "\"runs\":{\"minute\":1,\"hour\":12,\"day\":301},\"exceededMessage\":null,\"divisionUsageStatistics\":[]}";
  static final String ALERTS = "{\"data\":{\"alerts\":["
      + alert("5038562901_1774606200", 1083, "New York - Verizon")
      + "," + alert("5038562902_1774606260", 2211, "London - BT") + "],"
      + "\"hasMore\":false,\"next\":null,\"previous\":null},\"messages\":null,\"errors\":null,\"completed\":true,"
      + USAGE + "}";

  /** {@code GET /v2/tests/explorer/enumeration} in its published layout ({@code EnumerationResponse}). */
  static final String ENUMERATION = envelope("{\"sections\":["
      + "{\"section\":\"Metrics\",\"enumeration\":[{\"id\":1,\"name\":\"DNS (ms)\"},{\"id\":7,"
      + "\"name\":\"Response (ms)\"},{\"id\":40,\"name\":\"Response Time\"},{\"id\":45,\"name\":\"% Availability\"}]},"
      + "{\"section\":\"Dimensions\",\"enumeration\":[{\"id\":20,\"name\":\"City\"},{\"id\":21,\"name\":\"ISP\"},"
      + "{\"id\":1,\"name\":\"Node\"}]},"
      + "{\"section\":\"SubSourceTypes\",\"enumeration\":[{\"id\":0,\"name\":\"Synthetic\"}]},"
      + "{\"section\":\"TimeIntervals\",\"enumeration\":[{\"id\":15,\"name\":\"15 Minutes\"}]}],"
      + "\"hasMore\":null,\"next\":null,\"previous\":null}");

  private final MockWebServer catchpoint = new MockWebServer();
  private final MockWebServer proxy = new MockWebServer();
  private final FixedRuntimeSettings runtime = new FixedRuntimeSettings();
  private final CatchpointToolInvoker invoker = new CatchpointToolInvoker(
      new IntegrationHttp(ModelTransports.defaultClient(), runtime), Clock.fixed(NOW, ZoneOffset.UTC));

  static String alert(String id, int nodeId, String nodeName) {
    return "{\"id\":\"" + id + "\",\"reportTime\":\"2026-03-27T10:14:00Z\","
        + "\"processingTimestamp\":\"2026-03-27T10:14:05.123Z\",\"startTime\":\"2026-03-27T10:10:00Z\","
        + "\"level\":{\"id\":1,\"name\":\"Critical\"},\"test\":{\"id\":1234567,\"name\":\"Checkout API\"},"
        + "\"testPath\":[\"Prod\",\"Payments\"],\"testPathStyled\":\"Prod > Payments\","
        + "\"testType\":{\"id\":9,\"name\":\"Api\"},\"alertType\":{\"id\":7,\"name\":\"ResponseTime\"},"
        + "\"alertSubtype\":null,\"triggerType\":{\"id\":1,\"name\":\"SpecificValue\"},\"warningTrigger\":2000.0,"
        + "\"criticalTrigger\":5000.0,\"durationInSecond\":240,\"node\":{\"id\":" + nodeId + ",\"name\":\""
        + nodeName + "\"},\"acknowledgedBy\":null,\"labels\":[]}";
  }

  @BeforeEach
  void start() throws IOException {
    TestServers.start(catchpoint, proxy);
  }

  @AfterEach
  void stop() {
    catchpoint.close();
    proxy.close();
  }

  private AllowedInstance instance(boolean writes) {
    return instance(Map.of("allow_write_operations", writes));
  }

  private AllowedInstance instance(Map<String, Object> extra) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("catchpoint_url", catchpoint.url("/api").toString());
    settings.put("catchpoint_api_token", TOKEN);
    settings.putAll(extra);
    return ToolCalls.instance(4, "catchpoint", settings);
  }

  private void reply(String json) {
    catchpoint.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json; charset=utf-8")
        .body(json).build());
  }

  private void fail(int code, String contentType, String body) {
    catchpoint.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", contentType).body(body).build());
  }

  private static String envelope(String data) {
    return "{\"data\":" + data + ",\"messages\":null,\"errors\":null,\"completed\":true," + USAGE + "}";
  }

  private RecordedRequest seen(String method) throws InterruptedException {
    RecordedRequest request = catchpoint.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    return request;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static Object body(RecordedRequest request) {
    return Json.parse(request.getBody().string(StandardCharsets.UTF_8)).orElseThrow();
  }

  @Test
  void getAlerts_sendsLevelWindowTestsAndPaging_andReturnsTheEnvelopesData() throws Exception {
    reply(ALERTS);

    Object result = call(invoker, instance(false), "get_alerts", Map.of("severity", "critical",
        "start_time", "2026-03-27T10:00:00Z", "end_time", "1774606530", "test_ids", List.of("1234567", "1234568"),
        "page_number", 2, "page_size", 50));

    RecordedRequest request = seen("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/tests/alerts");
    assertThat(request.getUrl().queryParameter("levelId")).isEqualTo("1");
    assertThat(request.getUrl().queryParameter("startTimeUtc")).isEqualTo("2026-03-27T10:00:00");
    assertThat(request.getUrl().queryParameter("endTimeUtc")).isEqualTo("2026-03-27T10:15:30");
    assertThat(request.getUrl().queryParameter("testIds")).isEqualTo("1234567,1234568");
    assertThat(request.getUrl().queryParameter("pageNumber")).isEqualTo("2");
    assertThat(request.getUrl().queryParameter("pageSize")).isEqualTo("50");
    assertThat(map(result)).containsOnlyKeys("data");
    List<?> alerts = (List<?>) map(map(result).get("data")).get("alerts");
    assertThat(alerts).hasSize(2);
    assertThat(map(alerts.get(0))).containsEntry("id", "5038562901_1774606200").containsEntry("durationInSecond", 240);
    assertThat(map(map(alerts.get(0)).get("test"))).containsEntry("name", "Checkout API");
  }

  @Test
  void aWindowWithOnlyAStart_endsNow_andNoWindowLeavesCatchpointsDefault() throws Exception {
    reply(ALERTS);
    reply(ALERTS);

    call(invoker, instance(false), "get_alerts", Map.of("start_time", "2026-03-27T09:15:30+00:00"));
    call(invoker, instance(false), "get_alerts", Map.of());

    RecordedRequest windowed = seen("GET");
    assertThat(windowed.getUrl().queryParameter("startTimeUtc")).isEqualTo("2026-03-27T09:15:30");
    assertThat(windowed.getUrl().queryParameter("endTimeUtc")).isEqualTo("2026-03-27T10:15:30");
    assertThat(seen("GET").getUrl().query()).isNull();
  }

  @Test
  void unusableArguments_areClearToolErrors_beforeAnythingIsSent() {
    AllowedInstance instance = instance(false);

    assertThatThrownBy(() -> call(invoker, instance, "get_alerts", Map.of("severity", "apocalyptic")))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("invalid arguments: severity: must be one of warning, critical, information, improved"
            + " or a numeric Catchpoint id");
    assertThatThrownBy(() -> call(invoker, instance, "get_alerts", Map.of("start_time", "yesterday")))
        .hasMessage("invalid arguments: start_time: must be RFC 3339 or Unix seconds");
    assertThatThrownBy(() -> call(invoker, instance, "get_alerts", Map.of("end_time", "1774606530")))
        .hasMessage("invalid arguments: start_time: is required when end_time is given");
    assertThatThrownBy(() -> call(invoker, instance, "get_alerts",
        Map.of("start_time", "1774606530", "end_time", "1774600000")))
        .hasMessage("invalid arguments: end_time: must be after start_time");
    assertThatThrownBy(() -> call(invoker, instance, "get_test_details", Map.of("test_ids", List.of("12; DROP"))))
        .hasMessage("invalid arguments: test_ids: '12; DROP' is not a Catchpoint id");
    assertThatThrownBy(() -> call(invoker, instance, "get_test_performance_raw",
        Map.of("test_ids", List.of("1"), "node_ids", List.of("9999999999999999999"))))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("invalid arguments: node_ids: '9999999999999999999' is not a Catchpoint id");
    assertThatThrownBy(() -> call(invoker, instance, "get_nodes", Map.of("page_size", 0)))
        .hasMessage("invalid arguments: page_size: must be at least 1");
    assertThat(catchpoint.getRequestCount()).isZero();
  }

  @Test
  void missingRequiredArguments_areClearToolErrors_evenIfTheGatewayCheckWereSkipped() {
    AllowedInstance instance = instance(true);
    var type = instance.type();
    Map<String, String> expected = Map.of(
        "get_alert_details", "invalid arguments: alert_ids: must hold at least one id",
        "get_test_performance", "invalid arguments: test_ids: must hold at least one id",
        "get_test_performance_raw", "invalid arguments: test_ids: must hold at least one id",
        "get_test_details", "invalid arguments: test_ids: must hold at least one id",
        "acknowledge_alerts", "invalid arguments: alert_ids: must hold at least one id",
        "run_instant_test", "invalid arguments: test_id: is required");

    expected.forEach((operation, message) -> assertThatThrownBy(() -> invoker.invoke(type,
        type.operation(operation).orElseThrow(), instance, Map.of(), Duration.ofMinutes(5), Cancellation.NONE))
        .as(operation).isInstanceOf(ToolCallException.class).hasMessage(message));
    assertThatThrownBy(() -> invoker.invoke(type, type.operation("acknowledge_alerts").orElseThrow(), instance,
        Map.of("alert_ids", List.of("a1")), Duration.ofMinutes(5), Cancellation.NONE))
        .hasMessage("invalid arguments: action: is required");
    assertThat(catchpoint.getRequestCount()).isZero();
  }

  @Test
  void alertDetails_readTheAlertsByIds_commaSeparatedItemsSplit_andDuplicatesDropped() throws Exception {
    reply(ALERTS);

    call(invoker, instance(false), "get_alert_details", Map.of("alert_ids", List.of("5038562901_1774606200",
        "5038562902_1774606260, 5038562901_1774606200")));

    assertThat(seen("GET").getUrl().encodedPath())
        .isEqualTo("/api/v2/tests/alerts/5038562901_1774606200,5038562902_1774606260");
  }

  @Test
  void testPerformance_resolvesMetricAndDimensionNames_throughTheExplorerEnumeration() throws Exception {
    reply(ENUMERATION);
    reply(envelope("{\"timeInterval\":{\"id\":15,\"name\":\"15 Minutes\"},\"startTimeUtc\":\"2026-03-27T09:15:30Z\","
        + "\"endTimeUtc\":\"2026-03-27T10:15:30Z\",\"hasMoreRecords\":false,\"dimensions\":[{\"id\":20,\"name\":\"City\"}],"
        + "\"metrics\":[{\"index\":0,\"name\":\"Response Time\"},{\"index\":1,\"name\":\"DNS (ms)\"}],"
        + "\"items\":[{\"dateTime\":\"2026-03-27T09:15:00Z\",\"values\":[812.4,21.0],"
        + "\"dimensions\":[{\"type\":{\"id\":20,\"name\":\"City\"},\"id\":5368,\"name\":\"New York\"}]}]}"));

    Object result = call(invoker, instance(false), "get_test_performance", Map.of("test_ids", List.of("1234567"),
        "start_time", "2026-03-27T09:15:30Z", "end_time", "2026-03-27T10:15:30Z",
        "metrics", List.of("response_time", "dns", "7"), "dimensions", List.of("city")));

    RecordedRequest enumeration = seen("GET");
    assertThat(enumeration.getUrl().encodedPath()).isEqualTo("/api/v2/tests/explorer/enumeration");
    assertThat(enumeration.getUrl().queryParameter("includeMetrics")).isEqualTo("true");
    RecordedRequest aggregated = seen("GET");
    assertThat(aggregated.getUrl().encodedPath()).isEqualTo("/api/v2/tests/explorer/aggregated");
    assertThat(aggregated.getUrl().queryParameter("testIds")).isEqualTo("1234567");
    assertThat(aggregated.getUrl().queryParameter("metricIds")).isEqualTo("40,1,7");
    assertThat(aggregated.getUrl().queryParameter("dimensionIds")).isEqualTo("20");
    assertThat(aggregated.getUrl().queryParameter("startTimeUtc")).isEqualTo("2026-03-27T09:15:30");
    List<?> items = (List<?>) map(map(result).get("data")).get("items");
    assertThat(map(items.get(0))).containsEntry("values", List.of(812.4, 21.0));
  }

  @Test
  void testPerformance_withNumericIdsOnly_needsNoEnumeration_andAnUnknownNameIsAClearError() throws Exception {
    reply(envelope("{\"items\":[]}"));
    reply(envelope("{\"metrics\":[{\"id\":40,\"name\":\"Response Time\"}],\"dimensions\":[{\"id\":20,\"name\":\"City\"}]}"));

    call(invoker, instance(false), "get_test_performance", Map.of("test_ids", List.of("1"), "metrics", List.of("40")));
    assertThatThrownBy(() -> call(invoker, instance(false), "get_test_performance",
        Map.of("test_ids", List.of("1"), "metrics", List.of("apdex"))))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("invalid arguments: metrics: unknown Catchpoint metric 'apdex'; known: Response Time (40)");

    assertThat(seen("GET").getUrl().queryParameter("metricIds")).isEqualTo("40");
    assertThat(seen("GET").getUrl().encodedPath()).isEqualTo("/api/v2/tests/explorer/enumeration");
    assertThat(catchpoint.getRequestCount()).isEqualTo(2);
  }

  @Test
  void rawPerformance_breaksDownByNode_keepsTheGivenNodes_andPagesTheRecordsLocally() throws Exception {
    reply(ENUMERATION);
    reply(envelope("{\"responseItems\":[" + rawItem(1083, 2211, 1083) + "," + rawItem(2211, 3300, 1083) + "],"
        + "\"hasMore\":false,\"next\":null,\"previous\":null}"));

    Object result = call(invoker, instance(false), "get_test_performance_raw", Map.of("test_ids", List.of("1234567"),
        "node_ids", List.of("1083", "2211"), "start_time", "2026-03-27T10:00:00Z", "page_number", 2, "page_size", 2));

    assertThat(seen("GET").getUrl().encodedPath()).isEqualTo("/api/v2/tests/explorer/enumeration");
    RecordedRequest request = seen("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/tests/explorer/raw");
    assertThat(request.getUrl().queryParameter("testIds")).isEqualTo("1234567");
    assertThat(request.getUrl().queryParameter("dimensionIds")).isEqualTo("1");
    assertThat(request.getUrl().queryParameter("endTimeUtc")).isEqualTo("2026-03-27T10:15:30");
    assertThat(request.getUrl().queryParameterNames()).doesNotContain("nodeIds", "pageNumber", "pageSize");
    // five records on the two nodes (3300 is dropped); page 2 of size 2 holds the third and the fourth
    List<?> responseItems = (List<?>) map(map(result).get("data")).get("responseItems");
    assertThat(runs(responseItems.get(0))).containsExactly(3.0);
    assertThat(runs(responseItems.get(1))).containsExactly(4.0);
    assertThat((List<?>) map(responseItems.get(1)).get("summaryItems")).hasSize(1);
    assertThat(map(map(result).get("page"))).containsEntry("page_number", 2L).containsEntry("page_size", 2L)
        .containsEntry("total_items", 5L).containsEntry("paged_by", "akmatori");
  }

  @Test
  void rawPerformance_withoutNodesOrPaging_sendsOnlyTheTestsAndWindow_andReturnsTheReplyAsIs() throws Exception {
    reply(envelope("{\"responseItems\":[" + rawItem(1083, 2211, 1083) + "],\"hasMore\":true,\"next\":\"n1\"}"));

    Object result = call(invoker, instance(false), "get_test_performance_raw", Map.of("test_ids", List.of("1")));

    RecordedRequest request = seen("GET");
    assertThat(request.getUrl().queryParameterNames()).containsOnly("testIds");
    assertThat(map(map(result).get("data"))).containsEntry("hasMore", true).containsEntry("next", "n1");
    assertThat(runs(((List<?>) map(map(result).get("data")).get("responseItems")).get(0))).hasSize(3);
    assertThat(map(result)).doesNotContainKey("page");
  }

  /** A raw response item of three runs on the given nodes, numbered from where the last one stopped. */
  private int runNumber;

  private String rawItem(long... nodes) {
    StringBuilder items = new StringBuilder();
    for (long node : nodes) {
      runNumber++;
      items.append(items.length() == 0 ? "" : ",").append("{\"dateTime\":\"2026-03-27T10:0").append(runNumber)
          .append(":00Z\",\"values\":[").append(runNumber).append(".0],\"dimensions\":[{\"type\":{\"id\":1,")
          .append("\"name\":\"Node\"},\"id\":").append(node).append(",\"name\":\"node ").append(node).append("\"}]}");
    }
    return "{\"startTimeUtc\":\"2026-03-27T10:00:00Z\",\"endTimeUtc\":\"2026-03-27T10:15:30Z\","
        + "\"hasMoreRecords\":false,\"dimensions\":[{\"id\":1,\"name\":\"Node\"}],"
        + "\"metrics\":[{\"index\":0,\"name\":\"Response (ms)\"}],\"items\":[" + items + "],"
        + "\"summaryItems\":[{\"values\":[1.0],\"dimensions\":[{\"type\":{\"id\":1,\"name\":\"Node\"},"
        + "\"id\":" + nodes[0] + ",\"name\":\"n\"}]},{\"values\":[1.0],\"dimensions\":[{\"type\":{\"id\":1,"
        + "\"name\":\"Node\"},\"id\":9999,\"name\":\"n\"}]}]}";
  }

  private static List<Object> runs(Object responseItem) {
    return ((List<?>) map(responseItem).get("items")).stream()
        .map(item -> ((List<?>) map(item).get("values")).get(0)).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void getTests_filtersByTypeFolderAndStatus_orReadsByIds() throws Exception {
    String tests = envelope("{\"tests\":[{\"id\":1234567,\"name\":\"Checkout API\",\"divisionId\":1001,"
        + "\"productId\":2002,\"parentFolderId\":3003,\"type\":{\"id\":9,\"name\":\"Api\"},"
        + "\"status\":{\"id\":0,\"name\":\"Active\"},\"url\":\"https://shop.example.com/api/checkout\"}],"
        + "\"hasMore\":false}");
    reply(tests);
    reply(tests);
    reply(tests);

    call(invoker, instance(false), "get_tests", Map.of("test_type", "API", "folder_id", "3003", "status", "active",
        "page_number", 1, "page_size", 25));
    call(invoker, instance(false), "get_tests", Map.of("test_ids", List.of("1234567", "7654321")));
    Object details = call(invoker, instance(false), "get_test_details", Map.of("test_ids", List.of("1234567")));

    RecordedRequest filtered = seen("GET");
    assertThat(filtered.getUrl().encodedPath()).isEqualTo("/api/v2/tests");
    assertThat(filtered.getUrl().queryParameter("typeIds")).isEqualTo("9");
    assertThat(filtered.getUrl().queryParameter("parentFolderIds")).isEqualTo("3003");
    assertThat(filtered.getUrl().queryParameter("statusId")).isEqualTo("0");
    assertThat(filtered.getUrl().queryParameter("pageSize")).isEqualTo("25");
    assertThat(seen("GET").getUrl().encodedPath()).isEqualTo("/api/v2/tests/1234567,7654321");
    assertThat(seen("GET").getUrl().encodedPath()).isEqualTo("/api/v2/tests/1234567");
    assertThat(map(((List<?>) map(map(details).get("data")).get("tests")).get(0))).containsEntry("name", "Checkout API");
    assertThatThrownBy(() -> call(invoker, instance(false), "get_tests",
        Map.of("test_ids", List.of("1"), "status", "inactive")))
        .hasMessage("invalid arguments: test_ids: cannot be combined with status; Catchpoint reads tests either by id"
            + " or by filter");
    assertThatThrownBy(() -> call(invoker, instance(false), "get_tests", Map.of("test_type", "carrier-pigeon")))
        .hasMessageStartingWith("invalid arguments: test_type: must be one of ");
  }

  @Test
  void testTypes_followThePublishedDisplayTestTypeIds() throws Exception {
    reply(envelope("{\"tests\":[]}"));
    reply(envelope("{\"tests\":[]}"));

    call(invoker, instance(false), "get_tests", Map.of("test_type", "Transaction"));
    call(invoker, instance(false), "get_tests", Map.of("test_type", "transaction_legacy"));

    assertThat(seen("GET").getUrl().queryParameter("typeIds")).isEqualTo("27");
    assertThat(seen("GET").getUrl().queryParameter("typeIds")).isEqualTo("1");
  }

  @Test
  void testErrors_outages_andNodes_readTheirEndpoints() throws Exception {
    reply(envelope("{\"responseItems\":[{\"hasMoreRecords\":false,\"items\":[{\"dateTime\":\"2026-03-27T10:02:00Z\","
        + "\"dimensions\":[{\"type\":{\"id\":1,\"name\":\"Error Type\"},\"id\":6,\"name\":\"Timeout\"}]}]}],"
        + "\"hasMore\":false}"));
    reply("{\"outages\":[{\"serviceId\":88,\"serviceName\":\"Cloudflare\",\"locations\":[{\"startTime\":"
        + "\"2026-03-27T09:40:00Z\",\"endTime\":null,\"ongoing\":true,\"city\":\"Frankfurt\",\"country\":\"Germany\","
        + "\"region\":\"Europe\",\"errorTypes\":[{\"id\":2,\"name\":\"Connection\"}]}]}],\"hasMore\":false}");
    reply(envelope("{\"nodes\":[{\"id\":1083,\"name\":\"New York - Verizon\",\"networkType\":{\"id\":0,"
        + "\"name\":\"Backbone\"},\"city\":{\"id\":5368,\"name\":\"New York\"},\"country\":{\"id\":1,\"name\":"
        + "\"United States\"},\"isPaused\":false}],\"hasMore\":true}"));

    call(invoker, instance(false), "get_test_errors", Map.of("test_ids", List.of("1234567"),
        "start_time", "1774602930", "page_size", 200));
    Object outages = call(invoker, instance(false), "get_internet_outages", Map.of("start_time", "2026-03-27T09:00:00Z",
        "end_time", "2026-03-27T10:00:00Z", "country", "Germany", "page_number", 1));
    Object nodes = call(invoker, instance(false), "get_nodes", Map.of("page_number", 2, "page_size", 50));

    RecordedRequest errors = seen("GET");
    assertThat(errors.getUrl().encodedPath()).isEqualTo("/api/v2/tests/errors/raw");
    assertThat(errors.getUrl().queryParameter("testIds")).isEqualTo("1234567");
    assertThat(errors.getUrl().queryParameter("startTimeUtc")).isEqualTo("2026-03-27T09:15:30");
    assertThat(errors.getUrl().queryParameter("pageSize")).isEqualTo("200");
    RecordedRequest iw = seen("GET");
    assertThat(iw.getUrl().encodedPath()).isEqualTo("/api/v2/iw/outages");
    assertThat(iw.getUrl().queryParameterNames()).containsOnly("startTimeUtc", "endTimeUtc", "country");
    assertThat(iw.getUrl().queryParameter("country")).isEqualTo("Germany");
    assertThat(iw.getUrl().queryParameter("endTimeUtc")).isEqualTo("2026-03-27T10:00:00");
    RecordedRequest all = seen("GET");
    assertThat(all.getUrl().encodedPath()).isEqualTo("/api/v2/nodes/all");
    assertThat(all.getUrl().queryParameter("pageNumber")).isEqualTo("2");
    assertThat((List<?>) map(map(outages).get("data")).get("outages")).hasSize(1);
    assertThat(map(map(outages).get("page"))).containsEntry("total_items", 1L);
    assertThat(map(map(nodes).get("data"))).containsEntry("hasMore", true);
  }

  @Test
  void outages_refuseAnAsn_whichTheirApiCannotFilterBy_andArePagedLocally() throws Exception {
    StringBuilder services = new StringBuilder();
    for (int id = 1; id <= 5; id++) {
      services.append(id == 1 ? "" : ",").append("{\"serviceId\":").append(id).append(",\"serviceName\":\"s")
          .append(id).append("\",\"locations\":[]}");
    }
    reply("{\"outages\":[" + services + "],\"hasMore\":false,\"next\":null,\"previous\":null}");

    assertThatThrownBy(() -> call(invoker, instance(false), "get_internet_outages", Map.of("asn", "AS13335")))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("invalid arguments: asn: Catchpoint's Internet Weather outages API cannot filter");
    assertThatThrownBy(() -> call(invoker, instance(false), "get_internet_outages", Map.of("page_number", 0)))
        .hasMessage("invalid arguments: page_number: must be at least 1");
    Object page = call(invoker, instance(false), "get_internet_outages", Map.of("page_number", 2, "page_size", 2));

    RecordedRequest request = seen("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/iw/outages");
    assertThat(request.getUrl().query()).isNull();
    assertThat(((List<?>) map(map(page).get("data")).get("outages")).stream().map(o -> map(o).get("serviceId")))
        .containsExactly(3, 4);
    assertThat(map(map(page).get("page"))).containsEntry("total_items", 5L);
    assertThat(catchpoint.getRequestCount()).isEqualTo(1);
  }

  @Test
  void nodeAlerts_askForNodeDetails_andKeepOnlyTheGivenNodes() throws Exception {
    reply(ALERTS);
    reply(ALERTS);

    Object filtered = call(invoker, instance(false), "get_node_alerts", Map.of("node_ids", List.of("2211"),
        "start_time", "2026-03-27T10:00:00Z"));
    Object all = call(invoker, instance(false), "get_node_alerts", Map.of());

    RecordedRequest request = seen("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/tests/alerts");
    assertThat(request.getUrl().queryParameter("includeNodeDetails")).isEqualTo("true");
    assertThat(request.getUrl().queryParameter("nodeIds")).isNull();
    List<?> kept = (List<?>) map(map(filtered).get("data")).get("alerts");
    assertThat(kept).singleElement().satisfies(a -> assertThat(map(map(a).get("node"))).containsEntry("id", 2211));
    assertThat((List<?>) map(map(all).get("data")).get("alerts")).hasSize(2);
  }

  @Test
  void writes_areRefusedWithoutAllowWriteOperations_andNothingIsSent() {
    assertThatThrownBy(() -> call(invoker, instance(false), "acknowledge_alerts",
        Map.of("alert_ids", List.of("5038562901_1774606200"), "action", "acknowledge")))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("operation 'catchpoint.acknowledge_alerts' writes to the target and is disabled for instance"
            + " 'catchpoint-4'");
    assertThatThrownBy(() -> call(invoker, instance(Map.of()), "run_instant_test", Map.of("test_id", "1234567")))
        .hasMessage("operation 'catchpoint.run_instant_test' writes to the target and is disabled for instance"
            + " 'catchpoint-4'");
    assertThat(catchpoint.getRequestCount()).isZero();
  }

  @Test
  void acknowledgeAlerts_patchesOneUpdatePerAlert_perAction() throws Exception {
    for (int i = 0; i < 4; i++) {
      reply(envelope("{\"alerts\":[\"5038562901_1774606200\"],\"hasMore\":null}"));
    }
    List<String> ids = List.of("5038562901_1774606200", "5038562902_1774606260");

    Object result = call(invoker, instance(true), "acknowledge_alerts", Map.of("alert_ids", ids, "action", "acknowledge"));
    call(invoker, instance(true), "acknowledge_alerts", Map.of("alert_ids", ids.subList(0, 1), "action", "assign",
        "assignee", "oncall@example.com"));
    call(invoker, instance(true), "acknowledge_alerts", Map.of("alert_ids", ids.subList(0, 1), "action", "drop"));
    call(invoker, instance(true), "acknowledge_alerts", Map.of("alert_ids", ids.subList(0, 1), "action", "Unacknowledge"));

    RecordedRequest ack = seen("PATCH");
    assertThat(ack.getUrl().encodedPath()).isEqualTo("/api/v2/tests/alerts");
    assertThat(ack.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(body(ack)).isEqualTo(List.of(Map.of("alertId", "5038562901_1774606200", "acknowledgeAlert", true),
        Map.of("alertId", "5038562902_1774606260", "acknowledgeAlert", true)));
    assertThat(body(seen("PATCH"))).isEqualTo(List.of(
        Map.of("alertId", "5038562901_1774606200", "assignToContactByEmail", "oncall@example.com")));
    assertThat(body(seen("PATCH"))).isEqualTo(List.of(Map.of("alertId", "5038562901_1774606200", "dropAlert", true)));
    assertThat(body(seen("PATCH"))).isEqualTo(
        List.of(Map.of("alertId", "5038562901_1774606200", "acknowledgeAlert", false)));
    assertThat(map(map(result).get("data"))).containsEntry("alerts", List.of("5038562901_1774606200"));
  }

  @Test
  void acknowledgeAlerts_refusesAnUnknownActionOrAnAssignWithoutAssignee() {
    assertThatThrownBy(() -> call(invoker, instance(true), "acknowledge_alerts",
        Map.of("alert_ids", List.of("a1"), "action", "silence")))
        .hasMessage("invalid arguments: action: must be one of acknowledge, unacknowledge, assign, drop");
    assertThatThrownBy(() -> call(invoker, instance(true), "acknowledge_alerts",
        Map.of("alert_ids", List.of("a1"), "action", "assign")))
        .hasMessage("invalid arguments: assignee: is required for action assign");
    assertThatThrownBy(() -> call(invoker, instance(true), "acknowledge_alerts",
        Map.of("alert_ids", List.of("a1"), "action", "assign", "assignee", "bob")))
        .hasMessage("invalid arguments: assignee: must be the e-mail address of a Catchpoint contact");
    assertThat(catchpoint.getRequestCount()).isZero();
  }

  @Test
  void runInstantTest_postsToTheTestsInstantTestEndpoint() throws Exception {
    reply(envelope("{\"id\":88412,\"instantTestNodes\":[{\"instantTestStatus\":\"Queued\",\"id\":1083,"
        + "\"name\":\"New York - Verizon\"}]}"));

    Object result = call(invoker, instance(true), "run_instant_test", Map.of("test_id", "1234567"));

    RecordedRequest request = seen("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/instanttests/1234567");
    assertThat(body(request)).isEqualTo(Map.of());
    assertThat(map(map(result).get("data"))).containsEntry("id", 88412);
    assertThatThrownBy(() -> call(invoker, instance(true), "run_instant_test", Map.of("test_id", "../tests")))
        .hasMessage("invalid arguments: test_id: must be a numeric Catchpoint test id");
  }

  @Test
  void catchpointsErrorShapes_becomeStatusAndMessage() {
    fail(401, "application/json", "{\"Message\":\"Authorization has been denied for this request.\"}");
    fail(400, "application/json", "{\"data\":null,\"messages\":null,\"errors\":[{\"id\":\"testIds\","
        + "\"message\":\"Invalid test id(s): 999\"}],\"completed\":false," + USAGE + "}");
    fail(400, "application/problem+json", "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\","
        + "\"title\":\"One or more validation errors occurred.\",\"status\":400,"
        + "\"errors\":{\"pageSize\":[\"The field pageSize must be between 1 and 100.\"]}}");
    fail(429, "text/plain", "API rate limit exceeded. Retry after 60 seconds.");
    reply("{\"data\":null,\"messages\":null,\"errors\":[{\"id\":\"1\",\"message\":\"Test 999 not found\"}],"
        + "\"completed\":false," + USAGE + "}");

    assertThatThrownBy(() -> call(invoker, instance(false), "get_nodes", Map.of()))
        .isInstanceOf(ToolCallException.class).hasMessage("401 Authorization has been denied for this request.");
    assertThatThrownBy(() -> call(invoker, instance(false), "get_test_details", Map.of("test_ids", List.of("999"))))
        .hasMessage("400 Invalid test id(s): 999");
    assertThatThrownBy(() -> call(invoker, instance(false), "get_nodes", Map.of("page_size", 1000)))
        .hasMessage("400 One or more validation errors occurred.; pageSize: The field pageSize must be between 1 and 100.");
    assertThatThrownBy(() -> call(invoker, instance(false), "get_nodes", Map.of()))
        .hasMessage("429 API rate limit exceeded. Retry after 60 seconds.");
    assertThatThrownBy(() -> call(invoker, instance(false), "get_test_details", Map.of("test_ids", List.of("999"))))
        .hasMessage("200 Test 999 not found");
  }

  @Test
  void aPartlySuccessfulReply_keepsCatchpointsMessagesAndErrors() throws Exception {
    reply("{\"data\":{\"tests\":[{\"id\":1,\"name\":\"Home\"}]},\"messages\":[{\"information\":\"Test 2 is inactive\","
        + "\"ignoredPath\":null}],\"errors\":[{\"id\":\"3\",\"message\":\"Test 3 not found\"}],\"completed\":true,"
        + USAGE + "}");

    Object result = call(invoker, instance(false), "get_test_details", Map.of("test_ids", List.of("1", "2", "3")));

    assertThat(map(result)).containsOnlyKeys("data", "messages", "errors");
    assertThat(map(result).get("errors")).isEqualTo(List.of(Map.of("id", "3", "message", "Test 3 not found")));
  }

  @Test
  void theToken_neverAppearsInAResultOrError() throws Exception {
    fail(401, "application/json", "{\"data\":null,\"errors\":[{\"id\":\"auth\",\"message\":\"Token " + TOKEN
        + " has expired\"}],\"completed\":false}");
    fail(403, "text/plain", "Forbidden for Bearer " + TOKEN);
    reply(ALERTS);

    assertThatThrownBy(() -> call(invoker, instance(false), "get_nodes", Map.of()))
        .hasMessage("401 Token **** has expired");
    assertThatThrownBy(() -> call(invoker, instance(false), "get_nodes", Map.of()))
        .hasMessage("403 Forbidden for ****");
    assertThat(Json.write(call(invoker, instance(false), "get_alerts", Map.of()))).doesNotContain(TOKEN);
  }

  @Test
  void theDefaultUrl_isCatchpointsApi_reachedThroughTheProxyWhenItsToggleIsOn() throws Exception {
    runtime.proxy("http://localhost:" + proxy.getPort(), "", ProxyService.CATCHPOINT);
    AllowedInstance defaults = ToolCalls.instance(4, "catchpoint", Map.of("catchpoint_api_token", TOKEN));

    assertThatThrownBy(() -> call(invoker, defaults, "get_nodes", Map.of()))
        .isInstanceOf(ToolCallException.class).hasMessageStartingWith("request to io.catchpoint.com failed: ");

    RecordedRequest connect = proxy.takeRequest(5, TimeUnit.SECONDS);
    assertThat(connect.getMethod()).isEqualTo("CONNECT");
    assertThat(connect.getTarget()).isEqualTo("io.catchpoint.com:443");
    assertThat(connect.getHeaders().get("Authorization")).as("the token stays inside the tunnel").isNull();
    assertThat(catchpoint.getRequestCount()).isZero();
  }

  @Test
  void theCatchpointTimeoutSetting_limitsEachRequest() {
    catchpoint.enqueue(new MockResponse.Builder().body("{}").headersDelay(10, TimeUnit.SECONDS).build());

    assertThatThrownBy(() -> call(invoker, instance(Map.of("catchpoint_timeout", 1)), "get_nodes", Map.of()))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("request to " + catchpoint.url("/").host() + " timed out after 1 s");
  }
}
