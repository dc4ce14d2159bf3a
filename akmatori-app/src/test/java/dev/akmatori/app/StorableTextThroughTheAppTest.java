package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.application.investigation.Eventually;
import dev.akmatori.application.investigation.FixedModelSettings;
import dev.akmatori.application.investigation.RunOutcome;
import dev.akmatori.application.investigation.ScriptedInvestigation;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text no database keeps as given — a NUL, an unpaired surrogate — through the real server on H2 and
 * on PostgreSQL (ADR 0023, ADR 0026): a request body holding it is refused with 400, never a 500; a
 * webhook holding it is stored repaired; and the model's answer and tool output holding it, which
 * pass no HTTP check, are stored repaired by the persistence layer instead of failing the run.
 */
class StorableTextThroughTheAppTest {
  private static final String PASSWORD = "storable-text-admin-password";
  private static final Duration WAIT = Duration.ofSeconds(30);
  /** What the scripted model answers: a NUL, a lone low surrogate, a valid pair. */
  private static final String ANSWER = "Disk\u0000full \uDC00 \uD83D\uDE00";
  private static final String STDOUT = "sda1 98%\u0000\uD800";

  @TempDir Path dataDir;
  @RegisterExtension final PostgresSchema schema = new PostgresSchema("txt");

  private Map<String, String> env(boolean postgres) throws Exception {
    Map<String, String> env = SystemTest.env(dataDir, PASSWORD);
    env.put("AKMATORI_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]));
    if (postgres) {
      env.put("AKMATORI_DB_URL", schema.url());
    }
    return env;
  }

  @ParameterizedTest(name = "postgres={0}")
  @ValueSource(booleans = {false, true})
  void anIncidentTaskWithANul_isRefusedWith400_andNothingIsStored(boolean postgres) throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env(postgres)))) {
      String token = SystemTest.login(app, PASSWORD);

      HttpResponse<String> nul = SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"a\\u0000b\"}");
      HttpResponse<String> lone = SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"a\\ud800b\"}");

      assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
      assertThat(nul.body()).contains("validation_error").contains("must not contain NUL characters");
      assertThat(lone.statusCode()).as(lone.body()).isEqualTo(400);
      assertThat(lone.body()).contains("must not contain unpaired surrogates");
      assertThat(AlertsSystemTest.get(app, token, "/api/incidents").get("pagination").get("total").asInt()).isZero();
    }
  }

  @ParameterizedTest(name = "postgres={0}")
  @ValueSource(booleans = {false, true})
  void aWebhookWithANulAndLoneSurrogates_isStoredRepaired(boolean postgres) throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env(postgres)))) {
      String token = SystemTest.login(app, PASSWORD);
      String source = AlertsSystemTest.createSource(app, token, "alertmanager");
      String body = """
          {"status":"firing","alerts":[{"status":"firing",
            "labels":{"alertname":"Disk\\u0000Full","instance":"web-01\\ud800","severity":"critical"},
            "annotations":{"summary":"nul \\u0000 low \\udc00 pair \\ud83d\\ude00"},
            "startsAt":"2026-11-28T09:17:48Z","fingerprint":"f\\u0000p"}]}""";

      HttpResponse<String> r = AlertsSystemTest.webhook(app, source, body);

      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode alert = AlertsSystemTest.get(app, token, "/api/alerts").get(0);
      assertThat(alert.get("alert_name").asText()).isEqualTo("Disk\uFFFDFull");
      assertThat(alert.get("target_host").asText()).isEqualTo("web-01\uFFFD");
      assertThat(alert.get("summary").asText()).isEqualTo("nul \uFFFD low \uFFFD pair \uD83D\uDE00");
    }
  }

  @ParameterizedTest(name = "postgres={0}")
  @ValueSource(booleans = {false, true})
  void modelOutputAndToolOutputWithANul_completeTheRun_storedRepaired(boolean postgres) throws Exception {
    ScriptedInvestigation loop = new ScriptedInvestigation(call -> {
      call.recorder().log("Ran df: " + STDOUT);
      call.recorder().toolCall(Map.of("tool", "ssh", "stdout", STDOUT));
      call.recorder().modelCall(30);
      return RunOutcome.completed(ANSWER, 1, 30);
    });
    InvestigationEngine engine = InvestigationEngine.of(loop, new FixedModelSettings(true), s -> s);
    try (Application app = Application.start(AppConfig.fromEnvironment(env(postgres)), engine)) {
      String token = SystemTest.login(app, PASSWORD);
      HttpResponse<String> created = SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"Check disk\"}");
      assertThat(created.statusCode()).as(created.body()).isIn(200, 201, 202);
      String uuid = AlertsSystemTest.json(created).get("uuid").asText();

      Eventually.until("finished", WAIT, () -> !AlertsSystemTest.get(app, token, "/api/incidents/" + uuid)
          .get("status").asText().matches("pending|running"));
      JsonNode incident = AlertsSystemTest.get(app, token, "/api/incidents/" + uuid);

      assertThat(incident.get("status").asText()).as(incident.toString()).isEqualTo("completed");
      assertThat(incident.get("response").asText()).isEqualTo("Disk\uFFFDfull \uFFFD \uD83D\uDE00");
      // The log is made from the events, whose data is JSON text: there the NUL was stored as the
      // escape \u0000 (which every database keeps) and comes back; the lone surrogate was repaired.
      assertThat(incident.get("full_log").asText()).contains("Ran df: sda1 98%\u0000\uFFFD");
      HttpResponse<String> events =
          SystemTest.send(app, "GET", "/api/incidents/" + uuid + "/events?token=" + token, token, null);
      // Event data is JSON text: the NUL travels as the escape \u0000, the lone surrogate is repaired.
      assertThat(events.body()).contains("sda1 98%\\u0000\uFFFD").doesNotContain("\uD800");
    }
  }
}
