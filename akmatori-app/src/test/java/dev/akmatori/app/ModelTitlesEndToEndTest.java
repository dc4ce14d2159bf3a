package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.application.investigation.Eventually;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model title of contract §5.2 through the real application with {@code AKMATORI_LLM_TITLES=true}
 * and the {@code custom} provider pointed at a local fake OpenAI-compatible server. The fake holds
 * the title answer until the test lets it go — after the 201 (or the webhook's 200) and after the
 * investigation ended — so the test sees that nothing waited for it and that it still lands.
 */
class ModelTitlesEndToEndTest {
  private static final String PASSWORD = "titles-admin-password";
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String TASK =
      "Disk full on web-1\nThe /var partition has been at 100% since 09:00; nginx logs keep growing.";

  @TempDir Path dataDir;
  private FakeOpenAi fakeModel;
  private final List<String> titleRequests = new CopyOnWriteArrayList<>();
  private final List<String> investigationRequests = new CopyOnWriteArrayList<>();
  private final CountDownLatch releaseTitles = new CountDownLatch(1);

  @BeforeEach
  void startFakeModel() throws IOException {
    // One thread per exchange (FakeOpenAi's): a held title answer does not hold the investigation's calls.
    fakeModel = FakeOpenAi.start(this::answer);
  }

  @AfterEach
  void stopFakeModel() {
    releaseTitles.countDown();
    fakeModel.close();
  }

  /**
   * A title request (no {@code tools}, the title instruction) waits for the test, then answers with a
   * quoted title; the investigation asks for the runbook search once, then answers.
   */
  private String answer(String request) {
    if (!request.contains("\"tools\"") && request.contains("Write a title for this incident")) {
      titleRequests.add(request);
      try {
        releaseTitles.await(25, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      String title = request.contains("HighCPUUsage") ? "High CPU usage on web-01" : "Disk full on web-1: /var at 100%";
      return FakeOpenAi.answer("\"" + title + "\"", 40, 9);
    }
    investigationRequests.add(request);
    return request.contains("\"role\":\"tool\"")
        ? FakeOpenAi.answer("Root cause found; see the runbook.", 300, 30)
        : FakeOpenAi.toolCall("search_runbooks", "{\"query\":\"disk full\"}", 100, 20);
  }

  private Application start() {
    Map<String, String> env = SystemTest.env(dataDir, PASSWORD);
    env.put("AKMATORI_LLM_TITLES", "true");
    return Application.start(AppConfig.fromEnvironment(env));
  }

  private String configureCustomProvider(Application app) throws Exception {
    String token = SystemTest.login(app, PASSWORD);
    fakeModel.configure(app, token, "fake-model");
    return token;
  }

  @Test
  void anApiIncident_getsItsModelTitle_afterThe201_andAfterItsInvestigationEnded_withTheTitleTokensCounted()
      throws Exception {
    try (Application app = start()) {
      String token = configureCustomProvider(app);

      HttpResponse<String> created = SystemTest.send(app, "POST", "/api/incidents", token,
          AlertsSystemTest.JSON.writeValueAsString(Map.of("task", TASK)));

      // The 201 came while the title call is still held by the fake server.
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(releaseTitles.getCount()).isEqualTo(1);
      String uuid = AlertsSystemTest.json(created).get("uuid").asText();
      String path = "/api/incidents/" + uuid;
      assertThat(AlertsSystemTest.get(app, token, path).get("title").asText()).isEqualTo("Disk full on web-1");

      assertTitleLandsAfterTheInvestigation(app, token, uuid, "Disk full on web-1", "Disk full on web-1: /var at 100%");
      assertThat(titleRequests).hasSize(1);
      JsonNode titleRequest = AlertsSystemTest.JSON.readTree(titleRequests.get(0));
      assertThat(titleRequest.has("tools")).isFalse();
      assertThat(titleRequest.get("model").asText()).isEqualTo("fake-model");
      assertThat(titleRequest.get("max_completion_tokens").asInt()).isEqualTo(50);
      assertThat(titleRequest.get("messages").get(1).get("content").asText()).endsWith(TASK);
      assertThat(investigationRequests).hasSize(2).allSatisfy(r -> assertThat(r).doesNotContain("Write a title"));
    }
  }

  @Test
  void anAlertIncident_getsItsModelTitle_fromTheAlertMessage_afterTheWebhooks200() throws Exception {
    try (Application app = start()) {
      String token = configureCustomProvider(app);
      String source = AlertsSystemTest.createSource(app, token, "alertmanager");

      HttpResponse<String> r = AlertsSystemTest.webhook(app, source, AlertFixtures.shared("alertmanager-firing.json"));

      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(releaseTitles.getCount()).isEqualTo(1);
      String uuid = AlertsSystemTest.json(r).get("alerts").get(0).get("incident_uuid").asText();
      String fallback = "HighCPUUsage - web-01:9100: CPU usage above 95% on web-01";
      assertTitleLandsAfterTheInvestigation(app, token, uuid, fallback, "High CPU usage on web-01");
      assertThat(titleRequests).hasSize(1);
      assertThat(titleRequests.get(0)).contains(fallback);
    }
  }

  /**
   * The investigation completes with the fallback title and its own 450 tokens; once the held title
   * answer is let go, the title is replaced and its 49 tokens are added — and it shows up nowhere
   * else: no step, no event, nothing in {@code full_log} or {@code transcript.jsonl}.
   */
  private void assertTitleLandsAfterTheInvestigation(
      Application app, String token, String uuid, String fallback, String modelTitle) throws Exception {
    String path = "/api/incidents/" + uuid;
    Eventually.until("the investigation completed", WAIT,
        () -> "completed".equals(AlertsSystemTest.get(app, token, path).get("status").asText()));
    JsonNode completed = AlertsSystemTest.get(app, token, path);
    assertThat(completed.get("title").asText()).isEqualTo(fallback);
    assertThat(completed.get("tokens_used").asLong()).isEqualTo(450);
    List<String> eventsBefore = events(app, token, uuid);

    releaseTitles.countDown();
    Eventually.until("the model title landed", WAIT,
        () -> modelTitle.equals(AlertsSystemTest.get(app, token, path).get("title").asText()));

    JsonNode incident = AlertsSystemTest.get(app, token, path);
    assertThat(incident.get("status").asText()).isEqualTo("completed");
    assertThat(incident.get("tokens_used").asLong()).isEqualTo(450 + 49);
    assertThat(incident.get("steps").asInt()).isEqualTo(2);
    assertThat(incident.get("full_log").asText())
        .contains("--- Final Response ---")
        .doesNotContain("Write a title")
        .doesNotContain(modelTitle);
    List<String> eventsAfter = events(app, token, uuid);
    assertThat(eventsAfter).isEqualTo(eventsBefore);
    assertThat(String.join("\n", eventsAfter)).doesNotContain("Write a title").doesNotContain(modelTitle);
    String transcript = Files.readString(dataDir.resolve("incidents").resolve(uuid).resolve("transcript.jsonl"));
    assertThat(transcript).contains("search_runbooks").doesNotContain("Write a title").doesNotContain(modelTitle);
  }

  /** The stored events as JSON (contract §5.7), one string per event. */
  private static List<String> events(Application app, String token, String uuid) throws Exception {
    HttpResponse<String> r = CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/incidents/" + uuid + "/events"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode array = AlertsSystemTest.JSON.readTree(r.body());
    List<String> events = new java.util.ArrayList<>();
    array.forEach(e -> events.add(e.toString()));
    assertThat(events).isNotEmpty();
    return events;
  }
}
