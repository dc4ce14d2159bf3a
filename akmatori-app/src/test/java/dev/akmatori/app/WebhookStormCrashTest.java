package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server process killed with SIGKILL in the middle of a webhook storm while investigations
 * run (issue 9, contract §4.1 "every stored change is committed before the response is sent" and
 * §5.1): after a restart every alert that was acknowledged with 200 is stored with its incident, and
 * no incident is left {@code running} — the interrupted ones are taken back and finish.
 */
class WebhookStormCrashTest {
  private static final String PASSWORD = "storm-admin-password";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final int SENDERS = 8;
  private static final Duration STORM = Duration.ofMillis(2_500);
  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir Path dataDir;

  @Test
  void onH2_everyAcknowledgedAlertSurvivesSigkill_andNoIncidentStaysRunning() throws Exception {
    stormKillAndCheck(env(Map.of()));
  }

  @Test
  void onPostgres_everyAcknowledgedAlertSurvivesSigkill_andNoIncidentStaysRunning() throws Exception {
    String base = System.getenv("AKMATORI_TEST_POSTGRES_URL");
    if (base == null || base.isBlank()) {
      assertThat(System.getenv("AKMATORI_REQUIRE_POSTGRES")).isNotEqualTo("true");
      Assumptions.abort("AKMATORI_TEST_POSTGRES_URL is not set");
    }
    String schema = "storm_" + UUID.randomUUID().toString().replace("-", "");
    execute(base, "CREATE SCHEMA " + schema);
    try {
      stormKillAndCheck(env(Map.of(
          "AKMATORI_DB_URL", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema)));
    } finally {
      execute(base, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private void stormKillAndCheck(Map<String, String> env) throws Exception {
    Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    String token;
    String source;
    try (AppProcess first = start(env, "block")) {
      token = login(first);
      source = createAlertmanagerSource(first, token);
      storm(first, source, acknowledged);
      first.kill();
    }
    assertThat(acknowledged).as("alerts acknowledged before the kill").hasSizeGreaterThanOrEqualTo(10);

    try (AppProcess second = start(env, "complete")) {
      awaitNoLiveIncidents(second, token);
      Map<String, String> storedAlerts = new HashMap<>();
      for (JsonNode alert : pages(second, token, "/api/alerts?source_uuid=" + source)) {
        storedAlerts.put(alert.get("uuid").asText(), alert.get("incident_uuid").asText(null));
      }
      Map<String, String> incidentStatus = new HashMap<>();
      for (JsonNode incident : pages(second, token, "/api/incidents?source=alertmanager")) {
        incidentStatus.put(incident.get("uuid").asText(), incident.get("status").asText());
      }
      for (Acknowledged ack : acknowledged.values()) {
        assertThat(storedAlerts).as("alert %s acknowledged with 200", ack.alertUuid()).containsKey(ack.alertUuid());
        assertThat(storedAlerts.get(ack.alertUuid())).isEqualTo(ack.incidentUuid());
        assertThat(incidentStatus).as("its incident").containsEntry(ack.incidentUuid(), "completed");
      }
      assertThat(new HashSet<>(incidentStatus.values())).as("no incident left pending or running")
          .containsOnly("completed");
      System.out.printf("webhook storm: %d alerts acknowledged before SIGKILL, %d stored, %d incidents completed after restart%n",
          acknowledged.size(), storedAlerts.size(), incidentStatus.size());
    }
  }

  /** Every alert names its own rule, so each one opens its own incident and queues an investigation. */
  private static void storm(AppProcess app, String source, Map<String, Acknowledged> acknowledged) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(SENDERS);
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    for (int s = 0; s < SENDERS; s++) {
      int sender = s;
      senders.submit(() -> {
        try {
          for (int n = 0; !stop.get(); n++) {
            String name = "Storm" + sender + "x" + n;
            HttpResponse<String> r = CLIENT.send(
                HttpRequest.newBuilder(app.uri("/api/webhook/alert/" + source)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(alertmanagerBody(name))).build(),
                HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
              JsonNode entry = JSON.readTree(r.body()).get("alerts").get(0);
              assertThat(entry.get("action").asText()).isEqualTo("created");
              acknowledged.put(name, new Acknowledged(entry.get("alert_uuid").asText(), entry.get("incident_uuid").asText()));
            }
          }
        } catch (IOException | InterruptedException killed) {
          // the server died under this request: it was never acknowledged
        } catch (Exception e) {
          throw new IllegalStateException(e);
        } finally {
          done.countDown();
        }
      });
    }
    // At least STORM, and on a loaded machine until enough alerts were acknowledged (bounded).
    Thread.sleep(STORM.toMillis());
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (acknowledged.size() < 50 && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    app.kill(); // while the senders are still posting
    stop.set(true);
    senders.shutdown();
    assertThat(done.await(60, TimeUnit.SECONDS)).as("senders stopped after the kill").isTrue();
  }

  private static String alertmanagerBody(String name) {
    String labels = "{\"alertname\":\"" + name + "\",\"instance\":\"web-" + name + ":9100\",\"severity\":\"critical\"}";
    return "{\"receiver\":\"akmatori\",\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":" + labels
        + ",\"annotations\":{\"summary\":\"Storm alert " + name + "\"},\"startsAt\":\"2026-11-28T09:17:48Z\","
        + "\"endsAt\":\"0001-01-01T00:00:00Z\",\"generatorURL\":\"http://127.0.0.1:9090/graph\",\"fingerprint\":\""
        + Integer.toHexString(name.hashCode()) + "\"}],\"groupLabels\":{},\"commonLabels\":" + labels
        + ",\"commonAnnotations\":{},\"externalURL\":\"http://127.0.0.1:9093\",\"version\":\"4\",\"groupKey\":\"{}\","
        + "\"truncatedAlerts\":0}";
  }

  private static void awaitNoLiveIncidents(AppProcess app, String token) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (true) {
      JsonNode live = get(app, token, "/api/incidents?status=pending,running&per_page=1");
      if (live.get("pagination").get("total").asInt() == 0) {
        return;
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("incidents still live after " + WAIT + ": " + live + "\nlog:\n" + app.logText());
      }
      Thread.sleep(200);
    }
  }

  private static List<JsonNode> pages(AppProcess app, String token, String path) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    for (int page = 1; ; page++) {
      JsonNode body = get(app, token, path + separator + "per_page=200&page=" + page);
      body.get("data").forEach(all::add);
      if (page >= body.get("pagination").get("total_pages").asInt()) {
        return all;
      }
    }
  }

  private static JsonNode get(AppProcess app, String token, String path) throws Exception {
    HttpResponse<String> r = CLIENT.send(
        HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static String createAlertmanagerSource(AppProcess app, String token) throws Exception {
    HttpResponse<String> r = CLIENT.send(
        HttpRequest.newBuilder(app.uri("/api/alert-sources")).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"source_type_name\":\"alertmanager\",\"name\":\"storm\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("uuid").asText();
  }

  private static String login(AppProcess app) throws Exception {
    HttpResponse<String> r = CLIENT.send(
        HttpRequest.newBuilder(app.uri("/api/auth/login")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).get("token").asText();
  }

  private Map<String, String> env(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("AKMATORI_DATA_DIR", dataDir.toString());
    env.put("AKMATORI_ADMIN_PASSWORD", PASSWORD);
    env.put("AKMATORI_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]));
    env.put("AKMATORI_LOG_LEVEL", "WARN");
    return env;
  }

  private AppProcess start(Map<String, String> env, String run) throws Exception {
    Map<String, String> withRun = new HashMap<>(env);
    withRun.put("AKMATORI_TEST_RUN", run);
    return AppProcess.start("dev.akmatori.app.CrashTestMain", withRun, dataDir.resolve("server.log"));
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private record Acknowledged(String alertUuid, String incidentUuid) {}
}
