package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.application.investigation.Eventually;
import dev.akmatori.application.investigation.FixedModelSettings;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.ScriptedInvestigation;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sender: Debian's {@code prometheus-alertmanager} with a webhook receiver pointing at the
 * running application on loopback, alerts fired and resolved with {@code amtool}. Skipped only when
 * the binaries are missing outside CI; {@code .ci/run} installs them and sets {@code
 * AKMATORI_REQUIRE_ALERTMANAGER=true}, so there it fails instead.
 */
class RealAlertmanagerTest {
  private static final Path ALERTMANAGER = Path.of("/usr/bin/prometheus-alertmanager");
  private static final Path AMTOOL = Path.of("/usr/bin/amtool");
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dataDir;
  @TempDir Path amDir;
  private Process alertmanager;

  @AfterEach
  void killAlertmanager() throws InterruptedException {
    if (alertmanager != null) {
      alertmanager.destroy();
      if (!alertmanager.waitFor(10, TimeUnit.SECONDS)) {
        alertmanager.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static void requireBinaries() {
    boolean present = Files.isExecutable(ALERTMANAGER) && Files.isExecutable(AMTOOL);
    if (!present) {
      assertThat(System.getenv("AKMATORI_REQUIRE_ALERTMANAGER"))
          .as(ALERTMANAGER + " and " + AMTOOL + " are required in CI (apt-get install prometheus-alertmanager)")
          .isNotEqualToIgnoringCase("true");
      Assumptions.abort("prometheus-alertmanager is not installed");
    }
  }

  @Test
  void alertsFiredWithAmtool_becomeOneIncident_deduplicated_thenResolved() throws Exception {
    requireBinaries();
    Map<String, String> env = SystemTest.env(dataDir, AlertsSystemTest.PASSWORD);
    // Investigations complete at once, so the incident stays live (completed within the window).
    ScriptedInvestigation loop = new ScriptedInvestigation(call -> RunOutcome.completed("CPU back to normal.", 1, 10));
    InvestigationEngine engine = InvestigationEngine.of(loop, new FixedModelSettings(true), s -> s);
    try (Application app = Application.start(AppConfig.fromEnvironment(env), engine)) {
      String token = SystemTest.login(app, AlertsSystemTest.PASSWORD);
      HttpResponse<String> created = SystemTest.send(app, "POST", "/api/alert-sources", token,
          "{\"source_type_name\":\"alertmanager\",\"name\":\"real-am\",\"webhook_secret\":\"am-hook-secret\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      String webhook = AlertsSystemTest.json(created).get("webhook_url").asText().replace("localhost", "127.0.0.1");
      String am = startAlertmanager(webhook);

      amtool(am, "alert", "add", "HighCPUUsage", "instance=web-01:9100", "job=node", "severity=critical",
          "--annotation=summary=CPU usage above 95% on web-01");
      Eventually.until("one incident from Alertmanager", WAIT, () -> alerts(app, token).size() == 1);
      JsonNode first = alerts(app, token).get(0);
      String incident = first.get("incident_uuid").asText();
      assertThat(first.get("alert_name").asText()).isEqualTo("HighCPUUsage");
      assertThat(first.get("target_host").asText()).isEqualTo("web-01:9100");
      assertThat(first.get("severity").asText()).isEqualTo("critical");
      assertThat(first.get("source_fingerprint").asText()).matches("[0-9a-f]{16}");
      JsonNode stored = AlertsSystemTest.get(app, token, "/api/incidents/" + incident);
      assertThat(stored.get("source").asText()).isEqualTo("alertmanager");
      assertThat(stored.get("title").asText()).isEqualTo("HighCPUUsage - web-01:9100: CPU usage above 95% on web-01");
      Eventually.until("the investigation completed", WAIT,
          () -> "completed".equals(AlertsSystemTest.get(app, token, "/api/incidents/" + incident).get("status").asText()));

      String firstSeen = first.get("last_seen_at").asText();
      amtool(am, "alert", "add", "HighCPUUsage", "instance=web-01:9100", "job=node", "severity=critical",
          "--annotation=summary=CPU usage above 95% on web-01");
      Eventually.until("the repeat notification deduplicated", WAIT,
          () -> !alerts(app, token).get(0).get("last_seen_at").asText().equals(firstSeen));
      assertThat(alerts(app, token)).hasSize(1);
      assertThat(AlertsSystemTest.get(app, token, "/api/incidents").get("pagination").get("total").asInt()).isEqualTo(1);
      assertThat(AlertsSystemTest.get(app, token, "/api/incidents/" + incident).get("alert_count").asInt()).isEqualTo(1);

      String past = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
      amtool(am, "alert", "add", "HighCPUUsage", "instance=web-01:9100", "job=node", "severity=critical",
          "--annotation=summary=CPU usage above 95% on web-01", "--end=" + past);
      Eventually.until("the alert resolved", WAIT, () -> "resolved".equals(alerts(app, token).get(0).get("status").asText()));
      JsonNode resolved = alerts(app, token).get(0);
      assertThat(resolved.get("uuid").asText()).isEqualTo(first.get("uuid").asText());
      assertThat(resolved.get("resolved_at").isNull()).isFalse();
      assertThat(resolved.get("superseded").asBoolean()).isFalse();
      assertThat(AlertsSystemTest.get(app, token, "/api/incidents").get("pagination").get("total").asInt()).isEqualTo(1);
    }
  }

  private static List<JsonNode> alerts(Application app, String token) {
    List<JsonNode> list = new ArrayList<>();
    AlertsSystemTest.get(app, token, "/api/alerts").forEach(list::add);
    return list;
  }

  /** Starts Alertmanager on a free loopback port with its own storage; returns its URL once ready. */
  private String startAlertmanager(String webhook) throws Exception {
    int port = freePort();
    Path config = amDir.resolve("alertmanager.yml");
    Files.writeString(config, """
        route:
          receiver: akmatori
          group_by: ['alertname', 'instance']
          group_wait: 200ms
          group_interval: 1s
          repeat_interval: 2s
        receivers:
          - name: akmatori
            webhook_configs:
              - url: '%s'
                send_resolved: true
                http_config:
                  authorization:
                    credentials: am-hook-secret
        """.formatted(webhook), StandardCharsets.UTF_8);
    Path log = amDir.resolve("alertmanager.log");
    alertmanager = new ProcessBuilder(
            ALERTMANAGER.toString(), "--config.file=" + config, "--storage.path=" + amDir.resolve("data"),
            "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=", "--log.level=info")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    String url = "http://127.0.0.1:" + port;
    try {
      Eventually.until("Alertmanager ready on " + url, Duration.ofSeconds(30), () -> {
        assertThat(alertmanager.isAlive()).as("Alertmanager exited: " + read(log)).isTrue();
        return ready(url);
      });
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\n" + read(log), e);
    }
    return url;
  }

  private static boolean ready(String url) {
    try {
      HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url + "/-/ready"))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void amtool(String url, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(AMTOOL.toString()));
    command.addAll(List.of(args));
    command.add("--alertmanager.url=" + url);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("amtool finished").isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("amtool " + String.join(" ", args) + ": " + output).isZero();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }
}
