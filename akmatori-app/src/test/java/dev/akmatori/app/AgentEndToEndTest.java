package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on one request: the real application with the {@code custom} provider pointed
 * at a local fake OpenAI-compatible server investigates an incident created over HTTP — one tool
 * round (the runbook search) and a final answer — observed live over SSE.
 */
class AgentEndToEndTest {
  private static final String PASSWORD = "end-to-end-admin-password";

  @TempDir Path dataDir;
  private FakeOpenAi fakeModel;

  /** First turn: ask for the runbook search; second turn: answer with what it found. */
  @BeforeEach
  void startFakeModel() throws IOException {
    fakeModel = FakeOpenAi.start(request -> fakeModel.requests().size() == 1
        ? FakeOpenAi.toolCall("search_runbooks", "{\"query\":\"disk full\"}", 100, 20)
        : FakeOpenAi.answer("Root cause: /var/log is full. Follow runbook 'Disk full on /var': rotate the nginx logs.", 300, 30));
  }

  @AfterEach
  void stopFakeModel() {
    fakeModel.close();
  }

  @Test
  void anApiIncident_isInvestigatedThroughTheCustomProvider_toARecordedAnswer_liveOverSse() throws Exception {
    Map<String, String> env = SystemTest.env(dataDir, PASSWORD);
    try (Application app = Application.start(AppConfig.fromEnvironment(env))) {
      String token = SystemTest.login(app, PASSWORD);
      fakeModel.configure(app, token, "fake-model");
      assertThat(SystemTest.send(app, "POST", "/api/runbooks", token,
              "{\"title\":\"Disk full on /var\",\"content\":\"Rotate the nginx logs, then check df -h.\"}").statusCode())
          .isEqualTo(201);

      HttpResponse<String> created = SystemTest.send(app, "POST", "/api/incidents", token, "{\"task\":\"Disk full on web-1\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      String uuid = field(created.body(), "uuid");

      List<String> events = streamUntilClosed(app, token, uuid);
      assertThat(events.stream().filter(l -> l.startsWith("event: ")).map(l -> l.substring(7)).collect(Collectors.toList()))
          .containsSubsequence("status", "status", "tool_call", "response", "status")
          .endsWith("status");
      assertThat(String.join("\n", events))
          .contains("\"name\":\"search_runbooks\"")
          .contains("\"status\":\"running\"")
          .contains("\"status\":\"completed\"");

      String incident = SystemTest.send(app, "GET", "/api/incidents/" + uuid, token, null).body();
      assertThat(field(incident, "status")).isEqualTo("completed");
      assertThat(field(incident, "response")).startsWith("Root cause: /var/log is full.");
      assertThat(incident).contains("\"tokens_used\":450").contains("\"steps\":2").contains("\"error\":null");
      assertThat(field(incident, "full_log"))
          .contains("API Incident Task:")
          .contains("Running: search_runbooks")
          .contains("--- Final Response ---");

      List<String> modelRequests = fakeModel.requests();
      assertThat(modelRequests).hasSize(2);
      assertThat(modelRequests.get(0)).contains("\"model\":\"fake-model\"").contains("search_runbooks").contains("Disk full on web-1");
      assertThat(modelRequests.get(1)).contains("\"role\":\"tool\"").contains("Disk full on /var");
    }
  }

  /** Reads the SSE stream (default Accept) until the server closes it after the terminal event. */
  private static List<String> streamUntilClosed(Application app, String token, String uuid) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/incidents/" + uuid + "/events"))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60))
            .build();
    HttpResponse<java.util.stream.Stream<String>> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    try (java.util.stream.Stream<String> lines = response.body()) {
      return lines.collect(Collectors.toList());
    }
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(null|\"((?:[^\"\\\\]|\\\\.)*)\")").matcher(json);
    return m.find() ? (m.group(2) == null ? null : m.group(2).replace("\\n", "\n").replace("\\\"", "\"")) : null;
  }
}
