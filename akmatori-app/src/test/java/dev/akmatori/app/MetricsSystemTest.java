package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.akmatori.application.alert.AlertFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract §3.11 through the real application: an API incident investigated with one real tool call
 * (the built-in {@code victoria_metrics} against a local Prometheus-compatible stand-in) and an
 * Alertmanager webhook, then a Prometheus-style scrape with an API key shows the counters moved.
 */
class MetricsSystemTest {
  private static final String PASSWORD = "metrics-admin-password";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path dataDir;
  private FakeOpenAi fakeModel;
  private HttpServer fakeVictoria;
  private final List<String> vmQueries = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startFakes() throws IOException {
    // A conversation without a tool result asks for the VictoriaMetrics query; with one, it answers.
    fakeModel = FakeOpenAi.start(request -> request.contains("\"role\":\"tool\"")
        ? FakeOpenAi.answer("web-1 is up.", 300, 30)
        : FakeOpenAi.toolCall("call_tool",
            "{\"name\":\"victoria_metrics.instant_query\",\"arguments\":{\"query\":\"up\"}}", 100, 20));
    fakeVictoria = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fakeVictoria.createContext("/api/v1/query", exchange -> {
      vmQueries.add(exchange.getRequestURI().getRawQuery());
      reply(exchange, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
          + "{\"metric\":{\"__name__\":\"up\",\"instance\":\"web-1:9100\"},\"value\":[1767225600,\"1\"]}]}}");
    });
    fakeVictoria.start();
  }

  @AfterEach
  void stopFakes() {
    fakeModel.close();
    fakeVictoria.stop(0);
  }

  private static void reply(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void anInvestigatedIncident_andAWebhookAlert_moveTheCounters_seenByAScraperWithAnApiKey() throws Exception {
    Map<String, String> env = SystemTest.env(dataDir, PASSWORD);
    try (Application app = Application.start(AppConfig.fromEnvironment(env))) {
      String token = SystemTest.login(app, PASSWORD);
      String key = group(SystemTest.send(app, "POST", "/api/api-keys", token, "{\"name\":\"prometheus\"}").body(),
          "\"key\":\"(akm_[A-Za-z0-9]{40})\"");

      MetricsScrape before = MetricsScrape.of(app, key);
      assertThat(before.contentType).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
      assertThat(before.value("akmatori_incidents_created_total", "source", "api")).isZero();
      assertThat(before.value("akmatori_investigation_duration_seconds_count")).isZero();
      assertThat(before.value("akmatori_llm_tokens_total")).isZero();

      fakeModel.configure(app, token, "m");
      HttpResponse<String> tool = SystemTest.send(app, "POST", "/api/tools", token,
          "{\"tool_type_id\":3,\"name\":\"VM\",\"settings\":{\"vm_url\":\"http://127.0.0.1:"
              + fakeVictoria.getAddress().getPort() + "\",\"vm_auth_method\":\"none\"}}");
      assertThat(tool.statusCode()).as(tool.body()).isEqualTo(201);
      String toolId = group(tool.body(), "\"id\":(\\d+)");
      HttpResponse<String> assigned = SystemTest.send(app, "PUT", "/api/skills/incident-manager/tools", token,
          "{\"tool_instance_ids\":[" + toolId + "]}");
      assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);

      String uuid = group(SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"Is web-1 up?\"}").body(),
          "\"uuid\":\"([0-9a-f-]{36})\"");
      // A scrape samples the series one after another while the run ends: wait until all have moved.
      MetricsScrape done = awaitScrape(app, key, s -> s.value("akmatori_investigation_duration_seconds_count") == 1
          && s.value("akmatori_investigations_running") == 0
          && s.value("akmatori_incidents_finished_total", "status", "completed") == 1
          && s.value("akmatori_http_requests_total", "method", "POST", "route", "/api/incidents", "status", "201") == 1
          && s.value("akmatori_investigation_queue_depth") == 0); // a count cached while it was pending lasts 10 s

      String incident = SystemTest.send(app, "GET", "/api/incidents/" + uuid, token, null).body();
      assertThat(incident).contains("\"status\":\"completed\"").contains("web-1 is up.").contains("\"tokens_used\":450");
      assertThat(vmQueries).containsExactly("query=up");
      assertThat(done.value("akmatori_incidents_created_total", "source", "api")).isEqualTo(1);
      assertThat(done.value("akmatori_incidents_finished_total", "status", "completed")).isEqualTo(1);
      assertThat(done.value("akmatori_incidents_finished_total", "status", "failed")).isZero();
      assertThat(done.value("akmatori_investigations_running")).isZero();
      assertThat(done.value("akmatori_llm_tokens_total")).isEqualTo(450);
      assertThat(done.value("akmatori_llm_tokens_by_provider_total", "provider", "custom", "type", "input")).isEqualTo(400);
      assertThat(done.value("akmatori_llm_calls_total", "provider", "custom", "outcome", "success")).isEqualTo(2);
      assertThat(done.value("akmatori_tool_calls_total", "tool_type", "victoria_metrics", "outcome", "success")).isEqualTo(1);
      assertThat(done.value("akmatori_tool_call_duration_seconds_count", "tool_type", "victoria_metrics")).isEqualTo(1);
      assertThat(done.value("akmatori_investigation_queue_depth")).isZero();
      assertThat(done.value("akmatori_http_requests_total", "method", "POST", "route", "/api/incidents", "status", "201"))
          .isEqualTo(1);
      assertThat(done.value("akmatori_http_requests_total", "method", "GET", "route", "/api/metrics", "status", "200"))
          .isGreaterThanOrEqualTo(1);

      String source = group(SystemTest.send(app, "POST", "/api/alert-sources", token,
          "{\"source_type_name\":\"alertmanager\",\"name\":\"AM\"}").body(), "\"uuid\":\"([0-9a-f-]{36})\"");
      HttpResponse<String> webhook = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/webhook/alert/" + source))
              .POST(HttpRequest.BodyPublishers.ofString(AlertFixtures.shared("alertmanager-firing.json"))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(200);
      // The alert counters move before the answer; the request is counted just after it is sent.
      MetricsScrape alerted = awaitScrape(app, key, s -> s.value("akmatori_http_requests_total", "method", "POST",
          "route", "/api/webhook/alert/{uuid}", "status", "200") == 1);

      assertThat(alerted.value("akmatori_alerts_received_total", "source_type", "alertmanager", "action", "created"))
          .isEqualTo(1);
      assertThat(alerted.value("akmatori_incidents_created_total", "source", "alertmanager")).isEqualTo(1);
      assertThat(alerted.value("akmatori_http_requests_total", "method", "POST", "route", "/api/webhook/alert/{uuid}",
          "status", "200")).isEqualTo(1);
      assertThat(alerted.text).doesNotContain(source).doesNotContain(uuid);
    }
  }

  private static MetricsScrape awaitScrape(Application app, String key, Predicate<MetricsScrape> ready) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    MetricsScrape last = MetricsScrape.of(app, key);
    while (!ready.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("metrics did not reach the expected state in " + WAIT + ":\n" + last.text);
      }
      Thread.sleep(200);
      last = MetricsScrape.of(app, key);
    }
    return last;
  }

  private static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex + " in " + text).isTrue();
    return m.group(1);
  }
}
