package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away in the middle of an investigation and comes back (ADR 0029): the real
 * application reaches the real database through a {@link TcpProxy} that the test cuts for a few
 * seconds, dropping every pooled connection while the run is writing its events and calling a tool
 * that reads the database. The run must finish as if nothing happened, with every step recorded.
 */
class PostgresOutageTest {
  private static final String PASSWORD = "outage-admin-password";
  private static final int TOOL_STEPS = 8;
  private static final Duration OUTAGE = Duration.ofSeconds(3);
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final Pattern HOST_PORT = Pattern.compile("//([^/:?]+):(\\d+)/");

  @RegisterExtension final PostgresSchema schema = new PostgresSchema("outage");
  @TempDir Path dataDir;

  /** Asks for {@value #TOOL_STEPS} distinct runbook searches, a quarter of a second per turn, then answers. */
  private static String turn(String request) throws InterruptedException {
    Thread.sleep(250);
    int done = request.split("\"role\":\"tool\"", -1).length - 1;
    return done < TOOL_STEPS
        ? FakeOpenAi.toolCall("search_runbooks", "{\"query\":\"disk " + done + "\"}", 100, 10)
        : FakeOpenAi.answer("Investigated through the outage.", 100, 10);
  }

  @Test
  void anInvestigation_runsThroughADatabaseOutage_toItsAnswer_withEveryStepRecorded() throws Exception {
    String url = schema.url();
    Matcher target = HOST_PORT.matcher(url);
    assertThat(target.find()).as(url).isTrue();
    try (FakeOpenAi model = FakeOpenAi.start(PostgresOutageTest::turn);
        TcpProxy database = new TcpProxy(target.group(1), Integer.parseInt(target.group(2)))) {
      Map<String, String> env = SystemTest.env(dataDir, PASSWORD);
      env.put("AKMATORI_DB_URL", target.replaceFirst("//127.0.0.1:" + database.port() + "/"));
      try (Application app = Application.start(AppConfig.fromEnvironment(env))) {
        String token = SystemTest.login(app, PASSWORD);
        model.configure(app, token, "fake-model");
        String uuid = field(SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"Disk full on web-1\"}").body(),
            "\"uuid\":\"([0-9a-f-]{36})\"");
        Eventually.until("two steps done", WAIT, () -> steps(app, token, uuid) >= 2);

        database.cut();
        Thread.sleep(OUTAGE.toMillis());
        int stepsDuringOutage = model.requests().size();
        database.restore();

        Eventually.until("the investigation ended", WAIT, () -> !incident(app, token, uuid).contains("\"status\":\"running\""));
        String incident = incident(app, token, uuid);
        assertThat(field(incident, "\"status\":\"([a-z]+)\"")).as(incident).isEqualTo("completed");
        assertThat(incident).contains("\"steps\":" + (TOOL_STEPS + 1)).contains("\"tokens_used\":" + 110 * (TOOL_STEPS + 1));
        assertThat(stepsDuringOutage).as("the model was still being asked during the outage").isGreaterThan(2);
        String fullLog = field(incident, "\"full_log\":\"((?:[^\"\\\\]|\\\\.)*)\"");
        assertThat(fullLog.split("Running: search_runbooks", -1)).hasSize(TOOL_STEPS + 1);
        assertThat(fullLog).contains("Investigated through the outage.");
      }
    }
  }

  private static String incident(Application app, String token, String uuid) {
    try {
      return SystemTest.send(app, "GET", "/api/incidents/" + uuid, token, null).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int steps(Application app, String token, String uuid) {
    return Integer.parseInt(field(incident(app, token, uuid), "\"steps\":(\\d+)"));
  }

  private static String field(String json, String regex) {
    Matcher m = Pattern.compile(regex).matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }
}
