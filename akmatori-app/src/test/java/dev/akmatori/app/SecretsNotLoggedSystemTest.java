package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.akmatori.application.alert.AlertFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Secrets are never logged (contract §1.7): every log line of the real application — Akmatori's own
 * at DEBUG — is captured while passwords, tokens, API keys and tool, LLM, Slack and webhook secrets
 * pass through the API, and none of their values appears in any line or stack trace.
 */
class SecretsNotLoggedSystemTest {
  private static final String PASSWORD = "Secret-Admin-Password-7731";
  private static final String WRONG_PASSWORD = "Wrong-Password-Guess-4410";
  private static final String GRAFANA_TOKEN = "glsa_SecretGrafanaToken_5511";
  private static final String GRAFANA_TOKEN_2 = "glsa_RotatedGrafanaToken_6622";
  private static final String LLM_KEY = "sk-proj-SecretLlmKey-8844";
  private static final String SLACK_TOKEN = "xoxb-secret-slack-token-9955";
  private static final String WEBHOOK_SECRET = "whsec-SecretWebhookValue-1234";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir Path dataDir;

  @Test
  void loginApiKeysToolInstancesSettingsAndWebhooks_neverPutASecretInTheLogs() throws Exception {
    Map<String, String> env = SystemTest.env(dataDir, PASSWORD);
    env.put("AKMATORI_JWT_SECRET", "jwt-signing-secret-that-is-long-enough-0099");
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger ours = (Logger) LoggerFactory.getLogger("dev.akmatori");
    Level before = ours.getLevel();
    root.addAppender(logs);
    ours.setLevel(Level.DEBUG);
    String token;
    String apiKey;
    try (Application app = Application.start(AppConfig.fromEnvironment(env))) {
      assertThat(SystemTest.send(app, "POST", "/api/auth/login", null,
          "{\"username\":\"admin\",\"password\":\"" + WRONG_PASSWORD + "\"}").statusCode()).isEqualTo(401);
      token = SystemTest.login(app, PASSWORD);
      apiKey = group(SystemTest.send(app, "POST", "/api/api-keys", token, "{\"name\":\"ci\"}").body(),
          "\"key\":\"(akm_[A-Za-z0-9]{40})\"");
      assertThat(send(app, "/api/auth/verify", "X-API-Key", apiKey).statusCode()).isEqualTo(200);
      assertThat(send(app, "/metrics", "Authorization", "Bearer " + apiKey).statusCode()).isEqualTo(200);
      assertThat(send(app, "/api/auth/verify", "X-API-Key", apiKey + "x").statusCode()).isEqualTo(401);
      assertThat(send(app, "/api/auth/verify", "Authorization", "Bearer " + token + "x").statusCode()).isEqualTo(401);

      HttpResponse<String> tool = SystemTest.send(app, "POST", "/api/tools", token,
          "{\"tool_type_id\":6,\"name\":\"Grafana\",\"settings\":{\"grafana_url\":\"https://g.example.com\","
              + "\"grafana_api_token\":\"" + GRAFANA_TOKEN + "\"}}");
      assertThat(tool.statusCode()).as(tool.body()).isEqualTo(201);
      String toolId = group(tool.body(), "\"id\":(\\d+)");
      assertThat(SystemTest.send(app, "PUT", "/api/tools/" + toolId, token,
          "{\"settings\":{\"grafana_api_token\":\"" + GRAFANA_TOKEN_2 + "\"}}").statusCode()).isEqualTo(200);
      assertThat(SystemTest.send(app, "POST", "/api/tools", token,
          "{\"tool_type_id\":6,\"name\":\"Broken\",\"settings\":{\"grafana_url\":\"not a url\","
              + "\"grafana_api_token\":\"" + GRAFANA_TOKEN + "\"}}").statusCode()).isEqualTo(400);

      // A closed loopback port: the alert's investigation fails its model call with the key in hand.
      assertThat(SystemTest.send(app, "PUT", "/api/settings/llm", token,
          "{\"provider\":\"custom\",\"base_url\":\"http://127.0.0.1:9/v1\",\"model\":\"m\",\"api_key\":\""
              + LLM_KEY + "\"}").statusCode()).isEqualTo(200);
      assertThat(SystemTest.send(app, "PUT", "/api/settings/slack", token,
          "{\"bot_token\":\"" + SLACK_TOKEN + "\"}").statusCode()).isEqualTo(200);

      HttpResponse<String> source = SystemTest.send(app, "POST", "/api/alert-sources", token,
          "{\"source_type_name\":\"alertmanager\",\"name\":\"AM\",\"webhook_secret\":\"" + WEBHOOK_SECRET + "\"}");
      assertThat(source.statusCode()).as(source.body()).isEqualTo(201);
      String sourceUuid = group(source.body(), "\"uuid\":\"([0-9a-f-]{36})\"");
      String alert = AlertFixtures.shared("alertmanager-firing.json");
      assertThat(webhook(app, sourceUuid, "Bearer " + WEBHOOK_SECRET + "-wrong", alert).statusCode()).isEqualTo(401);
      HttpResponse<String> accepted = webhook(app, sourceUuid, "Bearer " + WEBHOOK_SECRET, alert);
      assertThat(accepted.statusCode()).isEqualTo(200);
      String incident = group(accepted.body(), "\"incident_uuid\":\"([0-9a-f-]{36})\"");
      awaitFailed(app, token, incident);

      HttpResponse<String> stream = CLIENT.send(HttpRequest.newBuilder(SystemTest.uri(app,
              "/api/incidents/" + UUID.randomUUID() + "/events?token=" + token)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(stream.statusCode()).isEqualTo(404);
    } finally {
      root.detachAppender(logs);
      ours.setLevel(before);
    }

    List<String> lines = logs.list.stream().map(SecretsNotLoggedSystemTest::render).collect(Collectors.toList());
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("POST /api/auth/login 401"))
        .anySatisfy(l -> assertThat(l).contains("POST /api/api-keys 201"))
        .anySatisfy(l -> assertThat(l).contains("POST /api/tools 201"))
        .anySatisfy(l -> assertThat(l).contains("/events 404"));
    for (String secret : List.of(PASSWORD, WRONG_PASSWORD, token, apiKey, apiKey.substring(8), GRAFANA_TOKEN, GRAFANA_TOKEN_2,
        LLM_KEY, SLACK_TOKEN, WEBHOOK_SECRET, "jwt-signing-secret-that-is-long-enough-0099")) {
      assertThat(lines).as("log lines containing a secret").noneMatch(l -> l.contains(secret));
    }
  }

  private static void awaitFailed(Application app, String token, String incident) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = SystemTest.send(app, "GET", "/api/incidents/" + incident, token, null).body();
      if (body.contains("\"status\":\"failed\"")) {
        assertThat(body).contains("LLM request failed").doesNotContain(LLM_KEY);
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the alert's investigation did not fail in time: " + body);
  }

  private static String render(ILoggingEvent e) {
    String thrown = e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy());
    return e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage() + " " + e.getMDCPropertyMap() + thrown;
  }

  private static HttpResponse<String> send(Application app, String path, String header, String value) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(SystemTest.uri(app, path)).header(header, value).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> webhook(Application app, String uuid, String authorization, String body)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/webhook/alert/" + uuid))
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex + " in " + text).isTrue();
    return m.group(1);
  }
}
