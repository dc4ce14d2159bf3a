package dev.akmatori.adapter.llm.tool.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.adapter.llm.testing.Fixtures;
import dev.akmatori.adapter.llm.testing.TestCancellation;
import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolCallException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code clickhouse} against a local server speaking ClickHouse's HTTP interface. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class ClickHouseToolInvokerTest {
  private static final ToolTypeDefinition TYPE = BuiltinToolTypes.byName("clickhouse").orElseThrow();

  private final MockWebServer server = new MockWebServer();
  private final FakeClickHouse clickhouse = new FakeClickHouse("analyst", "pä55:word");
  private final ClickHouseToolInvoker invoker = new ClickHouseToolInvoker(new OkHttpClient());

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(clickhouse);
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Map<String, Object> settings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("ch_host", "127.0.0.1");
    settings.put("ch_port", server.getPort());
    settings.put("ch_database", "analytics");
    settings.put("ch_username", "analyst");
    settings.put("ch_password", "pä55:word");
    return settings;
  }

  private Object call(String operation, Map<String, Object> arguments) {
    return call(settings(), operation, arguments, Cancellation.NONE);
  }

  private Object call(Map<String, Object> settings, String operation, Map<String, Object> arguments,
      Cancellation cancellation) {
    AllowedInstance instance = new AllowedInstance(3, "CH", new LogicalName("ch-main"), TYPE, settings);
    return invoker.invoke(TYPE, TYPE.operation(operation).orElseThrow(), instance, arguments,
        Duration.ofMinutes(5), cancellation);
  }

  private static HttpUrl url(RecordedRequest request) {
    return request.getUrl();
  }

  @Test
  void executeQuery_postsTheStatement_withReadonlyRowCapFormatDatabaseAndBasicAuth() {
    clickhouse.json("numbers-jsoncompact.json");

    Object result = call("execute_query", Map.of("query", "SELECT number, number * number AS square FROM numbers(3);"));

    RecordedRequest request = clickhouse.lastRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(url(request).encodedPath()).isEqualTo("/");
    assertThat(url(request).queryParameterNames()).containsExactly("database", "default_format",
        "wait_end_of_query", "max_result_rows", "result_overflow_mode", "max_execution_time", "readonly");
    assertThat(url(request).queryParameter("database")).isEqualTo("analytics");
    assertThat(url(request).queryParameter("default_format")).isEqualTo("JSONCompact");
    assertThat(url(request).queryParameter("max_result_rows")).isEqualTo("101");
    assertThat(url(request).queryParameter("result_overflow_mode")).isEqualTo("break");
    assertThat(url(request).queryParameter("max_execution_time")).isEqualTo("30");
    assertThat(url(request).queryParameter("readonly")).isEqualTo("1");
    assertThat(request.getBody().utf8()).isEqualTo("SELECT number, number * number AS square FROM numbers(3)");
    assertThat(result).isEqualTo(Map.of(
        "columns", List.of(Map.of("name", "number", "type", "UInt64"), Map.of("name", "square", "type", "Float64"),
            Map.of("name", "label", "type", "Nullable(String)")),
        "rows", List.of(List.of("0", 0, "zero"), Arrays.asList("1", 1, null), List.of("2", 4, "two")),
        "row_count", 3,
        "truncated", false));
  }

  @Test
  void executeQuery_keepsLimitRows_ofAServerThatBreaksLate_andSaysItCut() {
    clickhouse.json("eleven-rows-jsoncompact.json");

    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) call("execute_query",
        Map.of("query", "SELECT number FROM system.numbers", "limit", 10, "timeout_seconds", 7));

    assertThat(result).containsEntry("row_count", 10).containsEntry("truncated", true);
    assertThat(url(clickhouse.lastRequest()).queryParameter("max_result_rows")).isEqualTo("11");
    assertThat(url(clickhouse.lastRequest()).queryParameter("max_execution_time")).isEqualTo("7");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO events VALUES (1)",
      "SELECT 1; DROP TABLE events",
      "ALTER TABLE events DELETE WHERE 1",
      "SELECT * FROM url('http://169.254.169.254/latest/meta-data', CSV, 'a String')",
      "SELECT 1 FORMAT TSV",
      "SYSTEM SHUTDOWN",
  })
  void writesAndOutsideReach_areRefused_andNeverSent(String sql) {
    assertThatThrownBy(() -> call("execute_query", Map.of("query", sql)))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("only read-only statements are allowed: ");
    assertThat(clickhouse.requests()).isEmpty();
  }

  @Test
  void limitsAndTimeoutsOutOfRange_areErrors_beforeAnyRequest() {
    assertThatThrownBy(() -> call("execute_query", Map.of("query", "SELECT 1", "limit", 1001)))
        .hasMessage("invalid arguments: limit: must be between 1 and 1000");
    assertThatThrownBy(() -> call("execute_query", Map.of("query", "SELECT 1", "timeout_seconds", 0)))
        .hasMessage("invalid arguments: timeout_seconds: must be between 1 and 300");
    assertThat(clickhouse.requests()).isEmpty();
  }

  @Test
  void anErrorReply_isAToolError_withTheStatusAndClickHousesMessage() {
    clickhouse.error(404, "error-unknown-table.txt").error(500, "error-syntax.txt");

    assertThatThrownBy(() -> call("execute_query", Map.of("query", "SELECT * FROM nope")))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("ClickHouse HTTP 404: Code: 60. DB::Exception: Table analytics.nope does not exist."
            + " (UNKNOWN_TABLE) (version 24.3.2.23 (official build))");
    assertThatThrownBy(() -> call("execute_query", Map.of("query", "SELECT FROM events")))
        .hasMessageStartingWith("ClickHouse HTTP 500: Code: 62. DB::Exception: Syntax error");
  }

  @Test
  void aWrongPassword_isClickHousesAuthenticationError() {
    Map<String, Object> settings = settings();
    settings.put("ch_password", "wrong");

    assertThatThrownBy(() -> call(settings, "show_databases", Map.of(), Cancellation.NONE))
        .hasMessageStartingWith("ClickHouse HTTP 401: Code: 516. DB::Exception: analyst: Authentication failed")
        .hasMessageNotContaining("wrong");
  }

  @Test
  void aProfileWithReadonly1_getsAHintAboutReadonly2() {
    clickhouse.error(500, "error-readonly.txt");

    assertThatThrownBy(() -> call("show_databases", Map.of()))
        .hasMessageContaining("Code: 164.")
        .hasMessageEndingWith("which needs readonly=2 (or 0) in the profile");
  }

  @Test
  void anExceptionAfterOutputStarted_orInAnExceptionField_isAToolError() {
    clickhouse.reply(new MockResponse.Builder().body(
        Fixtures.read("clickhouse/error-after-output.txt")).build());
    clickhouse.json("error-exception-field.json");

    assertThatThrownBy(() -> call("execute_query", Map.of("query", "SELECT x FROM big")))
        .hasMessageStartingWith("ClickHouse error: Code: 241. DB::Exception: Memory limit (for query) exceeded");
    assertThatThrownBy(() -> call("execute_query", Map.of("query", "SELECT x FROM big")))
        .hasMessageStartingWith("ClickHouse error: Code: 159. DB::Exception: Timeout exceeded");
  }

  @Test
  void aReplyThatIsNotJson_isAToolError() {
    clickhouse.reply(new MockResponse.Builder().body("1\t2\n").build());

    assertThatThrownBy(() -> call("execute_query", Map.of("query", "SELECT 1, 2")))
        .hasMessage("ClickHouse sent a reply that is not JSON: 1\t2\n");
  }

  @Test
  void aPortWhereNothingListens_isACouldNotReachError() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Map<String, Object> settings = settings();
    settings.put("ch_port", port);

    assertThatThrownBy(() -> call(settings, "show_databases", Map.of(), Cancellation.NONE))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("could not reach ClickHouse at 127.0.0.1:" + port + ": ");
  }

  @Test
  void aFiredCancellation_abandonsTheRequest() throws Exception {
    clickhouse.reply(new MockResponse.Builder().body("{}").headersDelay(30, TimeUnit.SECONDS).build());
    TestCancellation cancellation = new TestCancellation();
    Thread canceller = new Thread(() -> {
      try {
        server.takeRequest(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      cancellation.cancel();
    });
    canceller.start();

    assertThatThrownBy(() -> call(settings(), "execute_query", Map.of("query", "SELECT 1"), cancellation))
        .isInstanceOf(CancellationException.class);
    canceller.join();
  }

  @Test
  void showDatabases_readsSystemDatabases() {
    clickhouse.json("databases-jsoncompact.json");

    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) call("show_databases", Map.of());

    assertThat(clickhouse.lastRequest().getBody().utf8()).contains("FROM system.databases");
    assertThat(result).containsEntry("row_count", 4).containsEntry("truncated", false);
    assertThat(url(clickhouse.lastRequest()).queryParameter("max_result_rows")).isEqualTo("1001");
  }

  @Test
  void showTables_bindsTheDatabase_defaultingToChDatabase() {
    clickhouse.json("databases-jsoncompact.json").json("databases-jsoncompact.json");

    call("show_tables", Map.of());
    HttpUrl first = url(clickhouse.lastRequest());
    call("show_tables", Map.of("database", "logs'; DROP"));
    HttpUrl second = url(clickhouse.lastRequest());

    assertThat(clickhouse.lastRequest().getBody().utf8()).contains("FROM system.tables")
        .contains("database = {database:String}").doesNotContain("logs");
    assertThat(first.queryParameter("param_database")).isEqualTo("analytics");
    assertThat(second.queryParameter("param_database")).isEqualTo("logs'; DROP");
    assertThat(second.queryParameterNames()).endsWith("readonly");
  }

  @Test
  void describeTable_ofATableWithoutColumns_isNotFound() {
    clickhouse.json("empty-columns-jsoncompact.json");

    assertThatThrownBy(() -> call("describe_table", Map.of("table_name", "nope")))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("table 'analytics.nope' not found");
    assertThat(clickhouse.lastRequest().getBody().utf8()).contains("FROM system.columns");
    assertThat(url(clickhouse.lastRequest()).queryParameter("param_table")).isEqualTo("nope");
  }

  @Test
  void theSystemTableOperations_sendTheirFiltersAsQueryParameters() {
    for (int i = 0; i < 7; i++) {
      clickhouse.json("databases-jsoncompact.json");
    }

    call("get_query_log", Map.of("min_duration_ms", 500, "limit", 20, "query_kind", "Select"));
    HttpUrl log = url(clickhouse.lastRequest());
    call("get_query_log", Map.of());
    HttpUrl logDefaults = url(clickhouse.lastRequest());
    call("get_running_queries", Map.of("min_elapsed_seconds", 10));
    assertThat(clickhouse.lastRequest().getBody().utf8()).contains("FROM system.processes");
    HttpUrl running = url(clickhouse.lastRequest());
    call("get_merges", Map.of("table", "events"));
    HttpUrl merges = url(clickhouse.lastRequest());
    call("get_replication_status", Map.of("database", "analytics"));
    assertThat(clickhouse.lastRequest().getBody().utf8()).contains("FROM system.replicas");
    HttpUrl replicas = url(clickhouse.lastRequest());
    call("get_parts_info", Map.of("table_name", "events", "active_only", true));
    assertThat(clickhouse.lastRequest().getBody().utf8()).contains("FROM system.parts");
    HttpUrl parts = url(clickhouse.lastRequest());
    call("get_cluster_info", Map.of("cluster", "main"));
    assertThat(clickhouse.lastRequest().getBody().utf8()).contains("FROM system.clusters");
    HttpUrl clusters = url(clickhouse.lastRequest());

    assertThat(log.queryParameter("param_min_duration_ms")).isEqualTo("500");
    assertThat(log.queryParameter("param_query_kind")).isEqualTo("Select");
    assertThat(log.queryParameter("param_limit")).isEqualTo("20");
    assertThat(log.queryParameter("max_result_rows")).isEqualTo("21");
    assertThat(logDefaults.queryParameter("param_min_duration_ms")).isEqualTo("0");
    assertThat(logDefaults.queryParameter("param_query_kind")).isEmpty();
    assertThat(logDefaults.queryParameter("param_limit")).isEqualTo("50");
    assertThat(running.queryParameter("param_min_elapsed_seconds")).isEqualTo("10");
    assertThat(merges.queryParameter("param_table")).isEqualTo("events");
    assertThat(merges.queryParameter("param_database")).isEmpty();
    assertThat(replicas.queryParameter("param_database")).isEqualTo("analytics");
    assertThat(replicas.queryParameter("param_table")).isEmpty();
    assertThat(parts.queryParameter("param_active_only")).isEqualTo("1");
    assertThat(parts.queryParameter("param_database")).isEqualTo("analytics");
    assertThat(clusters.queryParameter("param_cluster")).isEqualTo("main");
  }

  @Test
  void chSslEnabled_makesTheRequestHttps() {
    Map<String, Object> values = settings();
    values.put("ch_ssl_enabled", true);
    ChSettings settings = ChSettings.from(new AllowedInstance(3, "CH", new LogicalName("ch-main"), TYPE, values));

    assertThat(ClickHouseHttp.request(settings, ChQuery.of("SELECT 1", 1, 5)).url().scheme()).isEqualTo("https");
  }

  @Test
  void settingsDefaults_port8123_plainHttp_30Seconds_andToStringHidesThePassword() {
    Map<String, Object> values = settings();
    values.remove("ch_port");
    ChSettings settings = ChSettings.from(new AllowedInstance(3, "CH", new LogicalName("ch-main"), TYPE, values));

    assertThat(settings.port()).isEqualTo(8123);
    assertThat(settings.ssl()).isFalse();
    assertThat(settings.timeoutSeconds()).isEqualTo(30);
    assertThat(settings.toString()).doesNotContain("pä55");
  }
}
