package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
  private HttpServer fakeModel;
  private final List<String> modelRequests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startFakeModel() throws IOException {
    fakeModel = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fakeModel.createContext("/v1/chat/completions", this::answer);
    fakeModel.start();
  }

  @AfterEach
  void stopFakeModel() {
    fakeModel.stop(0);
  }

  /** First turn: ask for the runbook search; second turn: answer with what it found. */
  private void answer(HttpExchange exchange) throws IOException {
    String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    modelRequests.add(request);
    String body =
        modelRequests.size() == 1
            ? """
              {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"fake-model",
               "choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,
                 "tool_calls":[{"id":"call_1","type":"function","function":{"name":"search_runbooks",
                   "arguments":"{\\"query\\":\\"disk full\\"}"}}]}}],
               "usage":{"prompt_tokens":100,"completion_tokens":20,"total_tokens":120}}
              """
            : """
              {"id":"chatcmpl-2","object":"chat.completion","created":2,"model":"fake-model",
               "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant",
                 "content":"Root cause: /var/log is full. Follow runbook 'Disk full on /var': rotate the nginx logs."}}],
               "usage":{"prompt_tokens":300,"completion_tokens":30,"total_tokens":330}}
              """;
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void anApiIncident_isInvestigatedThroughTheCustomProvider_toARecordedAnswer_liveOverSse() throws Exception {
    Map<String, String> env = SystemTest.env(dataDir, PASSWORD);
    try (Application app = Application.start(AppConfig.fromEnvironment(env))) {
      String token = SystemTest.login(app, PASSWORD);
      String base = "http://127.0.0.1:" + fakeModel.getAddress().getPort() + "/v1";
      assertThat(SystemTest.send(app, "PUT", "/api/settings/llm", token,
              "{\"provider\":\"custom\",\"base_url\":\"" + base + "\",\"model\":\"fake-model\"}").statusCode())
          .isEqualTo(200);
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
