package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.Eventually;
import dev.akmatori.application.investigation.FixedModelSettings;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.ScriptedInvestigation;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident lifecycle through the real application on H2: API, workers, events, shutdown. */
class IncidentLifecycleSystemTest {
  private static final String PASSWORD = "lifecycle-admin-password";
  /** Generous: the CI machine has 2 cores and can be at load 20; a passing run never waits this long. */
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dataDir;

  private Map<String, String> env() {
    return SystemTest.env(dataDir, PASSWORD);
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(null|\"((?:[^\"\\\\]|\\\\.)*)\")").matcher(json);
    return m.find() ? m.group(2) : null;
  }

  private static String get(Application app, String token, String path) {
    try {
      return SystemTest.send(app, "GET", path, token, null).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thisBuildsEngine_failsAnApiIncidentAtStart_becauseNoProviderIsConfigured_andKeepsServing() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String token = SystemTest.login(app, PASSWORD);
      HttpResponse<String> created = SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"Check disk on web-1\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      String uuid = field(created.body(), "uuid");
      assertThat(Path.of(field(created.body(), "working_dir"))).isEqualTo(dataDir.resolve("incidents").resolve(uuid));
      assertThat(Files.readString(dataDir.resolve("incidents").resolve(uuid).resolve("AGENTS.md"))).startsWith("# Incident Manager\n\n");

      Eventually.until("failed", WAIT, () -> "failed".equals(field(get(app, token, "/api/incidents/" + uuid), "status")));
      String incident = get(app, token, "/api/incidents/" + uuid);
      assertThat(field(incident, "error")).isEqualTo("LLM provider 'openai' is not configured");
      assertThat(field(incident, "full_log")).endsWith("--- Error ---\\nLLM provider 'openai' is not configured");
      assertThat(SystemTest.send(app, "GET", "/api/health", null, null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aScriptedLoop_completesTheInvestigation_andTheEventsStreamEndsWithTheTerminalStatus() throws Exception {
    ScriptedInvestigation loop = new ScriptedInvestigation(call -> {
      call.recorder().log("Checked the disk.");
      call.recorder().modelCall(30);
      return RunOutcome.completed("Disk is 40% full.", 1, 30);
    });
    InvestigationEngine engine = InvestigationEngine.of(loop, new FixedModelSettings(true), s -> s);
    try (Application app = Application.start(AppConfig.fromEnvironment(env()), engine)) {
      String token = SystemTest.login(app, PASSWORD);
      String uuid = field(SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"Check disk\"}").body(), "uuid");

      Eventually.until("completed", WAIT, () -> "completed".equals(field(get(app, token, "/api/incidents/" + uuid), "status")));
      String incident = get(app, token, "/api/incidents/" + uuid);
      String events = get(app, token, "/api/incidents/" + uuid + "/events?token=" + token);

      assertThat(field(incident, "response")).isEqualTo("Disk is 40% full.");
      assertThat(incident).contains("\"steps\":1").contains("\"tokens_used\":30");
      assertThat(field(incident, "full_log")).contains("Checked the disk.").endsWith("--- Final Response ---\\nDisk is 40% full.");
      assertThat(events).contains("event: response").endsWith("\"status\":\"completed\",\"previous_status\":\"running\",\"error\":null}}\n\n");
    }
  }

  @Test
  void aGracefulShutdown_requeuesTheRunningInvestigation_andTheNextStartFinishesIt() throws Exception {
    ScriptedInvestigation loop = new ScriptedInvestigation(
        call -> call.await(call.shutdown(), 4 * WAIT.toMillis()) ? RunOutcome.interrupted(0, 0) : RunOutcome.completed("no", 1, 1));
    InvestigationEngine engine = InvestigationEngine.of(loop, new FixedModelSettings(true), s -> s);
    String uuid;
    String token;
    try (Application app = Application.start(AppConfig.fromEnvironment(env()), engine)) {
      token = SystemTest.login(app, PASSWORD);
      uuid = field(SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"Long one\"}").body(), "uuid");
      Eventually.until("running", WAIT, () -> loop.runningNow() == 1);
    }

    loop.script(call -> RunOutcome.completed("Done on the second start.", 1, 1));
    try (Application app = Application.start(AppConfig.fromEnvironment(env()), engine)) {
      String finalToken = token;
      Eventually.until("completed", WAIT, () -> "completed".equals(field(get(app, finalToken, "/api/incidents/" + uuid), "status")));
      String incident = get(app, token, "/api/incidents/" + uuid);

      assertThat(field(incident, "error")).isNull();
      assertThat(field(incident, "full_log"))
          .contains("--- Investigation interrupted; restarting ---")
          .endsWith("Done on the second start.");
    }
  }
}
