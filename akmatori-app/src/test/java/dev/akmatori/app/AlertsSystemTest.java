package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akmatori.adapter.llm.http.ModelTransports;
import dev.akmatori.adapter.llm.http.RetryPolicy;
import dev.akmatori.adapter.llm.http.Sleeper;
import dev.akmatori.adapter.llm.notify.SlackNotifier;
import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.application.investigation.Eventually;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alert ingestion through the real application on H2: webhook, stored alerts, the incident with its
 * task and log header, and the Slack announcement and result posted to a Slack Web API stand-in
 * (a MockWebServer answering with the API's real shapes) by the real {@link SlackNotifier}.
 */
class AlertsSystemTest {
  static final String PASSWORD = "alerts-admin-password";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dataDir;
  private final MockWebServer slack = new MockWebServer();
  private final List<JsonNode> posted = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startSlack() throws Exception {
    AtomicInteger ts = new AtomicInteger();
    slack.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          JsonNode body = JSON.readTree(request.getBody().utf8());
          ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("authorization", request.getHeaders().get("Authorization"));
          posted.add(body);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return new MockResponse.Builder().addHeader("Content-Type", "application/json")
            .body("{\"ok\":true,\"channel\":\"C0ALERTS\",\"ts\":\"1700000000.00000" + ts.incrementAndGet() + "\"}").build();
      }
    });
    slack.start();
  }

  @AfterEach
  void stopSlack() {
    slack.close();
  }

  private Application start() {
    Map<String, String> env = SystemTest.env(dataDir, PASSWORD);
    SlackNotifier notifier =
        new SlackNotifier(new ModelTransports(ModelTransports.defaultClient(), RetryPolicy.DEFAULT, Sleeper.cancellable(),
            Clock.systemUTC(), () -> 0.0), slack.url("/api/").toString());
    return Application.start(AppConfig.fromEnvironment(env), InvestigationEngine.standard(), notifier);
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  static HttpResponse<String> webhook(Application app, String sourceUuid, String body) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/webhook/alert/" + sourceUuid))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String createSource(Application app, String token, String type) throws Exception {
    HttpResponse<String> r = SystemTest.send(app, "POST", "/api/alert-sources", token,
        "{\"source_type_name\":\"" + type + "\",\"name\":\"" + type + "-" + System.nanoTime() + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("uuid").asText();
  }

  static JsonNode get(Application app, String token, String path) {
    try {
      HttpResponse<String> r = SystemTest.send(app, "GET", path, token, null);
      assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
      return json(r);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aFiringAlert_opensAnAlertIncident_announcedInSlack_andItsEndIsPostedInTheThread() throws Exception {
    try (Application app = start()) {
      String token = SystemTest.login(app, PASSWORD);
      SystemTest.send(app, "PUT", "/api/settings/general", token, "{\"base_url\":\"https://aiops.example/\"}");
      SystemTest.send(app, "PUT", "/api/settings/slack", token,
          "{\"bot_token\":\"xoxb-system-test\",\"alerts_channel\":\"#alerts\",\"enabled\":true}");
      String source = createSource(app, token, "alertmanager");

      HttpResponse<String> r = webhook(app, source, AlertFixtures.shared("alertmanager-firing.json"));

      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode entry = json(r).get("alerts").get(0);
      assertThat(entry.get("action").asText()).isEqualTo("created");
      String incident = entry.get("incident_uuid").asText();
      assertThat(Files.readString(dataDir.resolve("incidents").resolve(incident).resolve("AGENTS.md"))).startsWith("# Incident Manager");

      // This build has no LLM provider configured: the investigation fails at start.
      Eventually.until("the incident failed", WAIT,
          () -> "failed".equals(get(app, token, "/api/incidents/" + incident).get("status").asText()));
      JsonNode stored = get(app, token, "/api/incidents/" + incident);
      assertThat(stored.get("source").asText()).isEqualTo("alertmanager");
      assertThat(stored.get("source_id").asText()).isEqualTo("ee9d186e238f6046");
      assertThat(stored.get("title").asText()).isEqualTo("HighCPUUsage - web-01:9100: CPU usage above 95% on web-01");
      assertThat(stored.get("alert_count").asInt()).isEqualTo(1);
      assertThat(stored.get("context").get("fingerprint").asText()).isEqualTo(entry.get("fingerprint").asText());
      assertThat(stored.get("full_log").asText())
          .startsWith("Alert Investigation: HighCPUUsage\nHost: web-01:9100\nSeverity: critical\n\n--- Execution Log ---");

      Eventually.until("two Slack messages", WAIT, () -> posted.size() >= 2);
      JsonNode announcement = posted.get(0);
      assertThat(announcement.get("channel").asText()).isEqualTo("#alerts");
      assertThat(announcement.get("authorization").asText()).isEqualTo("Bearer xoxb-system-test");
      assertThat(announcement.get("text").asText()).contains("*[CRITICAL] HighCPUUsage*", "*Host:* web-01:9100",
          "*Service:* node", "*Summary:* CPU usage above 95% on web-01", "https://aiops.example/incidents/" + incident);
      JsonNode result = posted.get(1);
      assertThat(result.get("channel").asText()).isEqualTo("C0ALERTS");
      assertThat(result.get("thread_ts").asText()).isEqualTo("1700000000.000001");
      assertThat(result.get("text").asText()).contains("Investigation failed", "LLM provider 'openai' is not configured",
          "https://aiops.example/incidents/" + incident);

      JsonNode alerts = get(app, token, "/api/incidents/" + incident + "/alerts");
      assertThat(alerts).hasSize(1);
      assertThat(alerts.get(0).get("source_uuid").asText()).isEqualTo(source);
      JsonNode resolved = json(webhook(app, source, AlertFixtures.shared("alertmanager-resolved.json"))).get("alerts").get(0);
      assertThat(resolved.get("action").asText()).isEqualTo("resolved");
      assertThat(get(app, token, "/api/alerts?status=resolved").get(0).get("resolved_at").asText()).isEqualTo("2026-11-28T09:17:50Z");
    }
  }

  @Test
  void withSlackDisabled_nothingIsPosted_andAnApiIncidentNeverIs() throws Exception {
    try (Application app = start()) {
      String token = SystemTest.login(app, PASSWORD);
      String source = createSource(app, token, "zabbix");
      String incident = json(webhook(app, source, AlertFixtures.ZABBIX_PROBLEM)).get("alerts").get(0).get("incident_uuid").asText();
      Eventually.until("the incident failed", WAIT,
          () -> "failed".equals(get(app, token, "/api/incidents/" + incident).get("status").asText()));

      SystemTest.send(app, "PUT", "/api/settings/slack", token, "{\"bot_token\":\"xoxb-x\",\"alerts_channel\":\"#a\",\"enabled\":true}");
      String api = json(SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"check\"}")).get("uuid").asText();
      Eventually.until("the API incident failed", WAIT,
          () -> "failed".equals(get(app, token, "/api/incidents/" + api).get("status").asText()));

      assertThat(posted).isEmpty();
      assertThat(slack.getRequestCount()).isZero();
    }
  }

  @Test
  void theAliasAndErrors_answerThroughTheRealServer() throws Exception {
    try (Application app = start()) {
      String token = SystemTest.login(app, PASSWORD);
      String source = createSource(app, token, "datadog");
      HttpResponse<String> alias = CLIENT.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/webhook/alert/" + source))
              .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(AlertFixtures.DATADOG_TRIGGERED)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(alias.statusCode()).as(alias.body()).isEqualTo(200);
      assertThat(json(webhook(app, "0f6b1c2e-7a4d-4c1e-9f3a-2b5d8e9a1c77", "{}")).get("error").asText()).isEqualTo("Alert source not found");
      List<Integer> statuses = new ArrayList<>();
      statuses.add(webhook(app, source, "[").statusCode());
      assertThat(statuses).containsExactly(400);
      assertThat(get(app, token, "/api/incidents").get("data").get(0).get("source").asText()).isEqualTo("datadog");
    }
  }
}
