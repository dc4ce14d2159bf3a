package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real server processes killed mid-investigation (contract §5.1): a restart takes the incident back
 * — re-queued on the first counted interruption, failed with the reason on the second — and never
 * leaves it {@code running}; a SIGTERM re-queues without counting.
 */
class CrashRecoveryTest {
  private static final String PASSWORD = "crash-admin-password";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dataDir;
  @RegisterExtension final PostgresSchema schema = new PostgresSchema("crash");

  @Test
  void onH2_sigtermRequeuesUncounted_sigkillCountsOnce_andTheThirdStartFinishes() throws Exception {
    Map<String, String> env = env(Map.of());
    String uuid;
    String token;
    try (AppProcess first = start(env, "block")) {
      token = login(first);
      uuid = create(first, token);
      awaitStatus(first, token, uuid, "running");
      assertThat(first.terminate()).as("exit code after SIGTERM").isIn(0, 130, 143);
    }
    try (AppProcess second = start(env, "block")) {
      awaitRunningAgain(second, token, uuid, 1);
      second.kill();
    }
    try (AppProcess third = start(env, "complete")) {
      String incident = awaitStatus(third, token, uuid, "completed");
      assertThat(field(incident, "response")).isEqualTo("Finished after the restarts.");
      assertThat(statuses(third, token, uuid))
          .containsExactly("pending", "running", "pending", "running", "pending", "running", "completed");
    }
  }

  @Test
  void onPostgres_aSecondSigkill_failsTheIncidentWithTheRestartReason() throws Exception {
    Map<String, String> env = env(Map.of("AKMATORI_DB_URL", schema.url()));
    String uuid;
    String token;
    try (AppProcess first = start(env, "block")) {
      token = login(first);
      uuid = create(first, token);
      awaitStatus(first, token, uuid, "running");
      first.kill();
    }
    try (AppProcess second = start(env, "block")) {
      // PostgreSQL may be shared, so only the expired lease (4 s here) frees the incident.
      awaitRunningAgain(second, token, uuid, 1);
      second.kill();
    }
    try (AppProcess third = start(env, "block")) {
      String incident = awaitStatus(third, token, uuid, "failed");
      assertThat(field(incident, "error")).isEqualTo("Investigation interrupted by server restart");
      assertThat(field(incident, "full_log")).endsWith("--- Error ---\\nInvestigation interrupted by server restart");
    }
  }

  private Map<String, String> env(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("AKMATORI_DATA_DIR", dataDir.toString());
    env.put("AKMATORI_ADMIN_PASSWORD", PASSWORD);
    env.put("AKMATORI_ENCRYPTION_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
    env.put("AKMATORI_LOG_LEVEL", "INFO");
    return env;
  }

  private AppProcess start(Map<String, String> env, String run) throws Exception {
    Map<String, String> withRun = new HashMap<>(env);
    withRun.put("AKMATORI_TEST_RUN", run);
    return AppProcess.start("dev.akmatori.app.CrashTestMain", withRun, dataDir.resolve("server.log"));
  }

  /** Waits until the incident runs again after {@code requeues} more re-queue events than before. */
  private void awaitRunningAgain(AppProcess app, String token, String uuid, int atLeastRequeues) throws Exception {
    awaitCondition(app, token, uuid, () -> {
      List<String> s = statuses(app, token, uuid);
      return s.get(s.size() - 1).equals("running") && s.stream().filter("pending"::equals).count() > atLeastRequeues;
    });
  }

  private String awaitStatus(AppProcess app, String token, String uuid, String status) throws Exception {
    awaitCondition(app, token, uuid, () -> status.equals(field(send(app, token, "/api/incidents/" + uuid).body(), "status")));
    return send(app, token, "/api/incidents/" + uuid).body();
  }

  private void awaitCondition(AppProcess app, String token, String uuid, Check check) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!check.holds()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out; incident: " + send(app, token, "/api/incidents/" + uuid).body() + "\nlog:\n" + app.logText());
      }
      Thread.sleep(100);
    }
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static List<String> statuses(AppProcess app, String token, String uuid) throws Exception {
    HttpResponse<String> r = CLIENT.send(
        HttpRequest.newBuilder(app.uri("/api/incidents/" + uuid + "/events")).header("Authorization", "Bearer " + token)
            .header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
    List<String> statuses = new ArrayList<>();
    Matcher m = Pattern.compile("\"type\":\"status\",\"at\":\"[^\"]+\",\"data\":\\{\"status\":\"([a-z]+)\"").matcher(r.body());
    while (m.find()) {
      statuses.add(m.group(1));
    }
    return statuses;
  }

  private static String login(AppProcess app) throws Exception {
    HttpResponse<String> r = CLIENT.send(
        HttpRequest.newBuilder(app.uri("/api/auth/login")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return field(r.body(), "token");
  }

  private static String create(AppProcess app, String token) throws Exception {
    HttpResponse<String> r = CLIENT.send(
        HttpRequest.newBuilder(app.uri("/api/incidents")).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"task\":\"Survive the crash\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return field(r.body(), "uuid");
  }

  private static HttpResponse<String> send(AppProcess app, String token, String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(null|\"((?:[^\"\\\\]|\\\\.)*)\")").matcher(json);
    return m.find() ? m.group(2) : null;
  }
}
