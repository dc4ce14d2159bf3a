package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code AKMATORI_LOG_FORMAT} (contract §7) in a real server process: JSON lines with the request id, or no start. */
class LogFormatSystemTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir Path dataDir;

  private Map<String, String> env(String format) {
    Map<String, String> env = new HashMap<>();
    env.put("AKMATORI_DATA_DIR", dataDir.toString());
    env.put("AKMATORI_ADMIN_PASSWORD", "log-format-admin-password");
    env.put("AKMATORI_LOG_FORMAT", format);
    return env;
  }

  @Test
  void json_printsOneParseableObjectPerLine_withTheRequestIdAsAField() throws Exception {
    Path log = dataDir.resolve("server.log");
    List<JsonNode> lines = new ArrayList<>();
    try (AppProcess app = AppProcess.start(Main.class.getName(), env("json"), log)) {
      HttpResponse<String> health = CLIENT.send(
          HttpRequest.newBuilder(app.uri("/api/health")).header("X-Request-ID", "json-log-health-1").build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> refused = CLIENT.send(
          HttpRequest.newBuilder(app.uri("/api/runbooks")).header("X-Request-ID", "json-log-401").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(app.terminate()).as("exit code after SIGTERM").isIn(0, 130, 143); // shutdown lines are logged too
    }

    for (String line : Files.readAllLines(log)) {
      if (!line.isEmpty()) {
        lines.add(JSON.readTree(line)); // any line that is not one JSON object fails here
      }
    }
    assertThat(lines).allSatisfy(l -> {
      assertThat(l.isObject()).isTrue();
      assertThat(l.get("level").asText()).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
      assertThat(l.has("timestamp")).isTrue();
      assertThat(l.has("formattedMessage")).isTrue();
    });
    assertThat(lines).anySatisfy(l -> assertThat(l.get("formattedMessage").asText()).startsWith("Akmatori "));
    assertThat(lines).filteredOn(l -> l.has("request_id") && l.get("request_id").asText().equals("json-log-health-1"))
        .singleElement()
        .satisfies(l -> assertThat(l.get("formattedMessage").asText()).startsWith("GET /api/health 200 "));
    assertThat(lines).filteredOn(l -> l.has("request_id") && l.get("request_id").asText().equals("json-log-401"))
        .anySatisfy(l -> assertThat(l.get("formattedMessage").asText()).startsWith("GET /api/runbooks 401 "));
  }

  @Test
  void anInvalidFormat_abortsStartup_withAMessageNamingTheVariable() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-cp", classpath, Main.class.getName());
    builder.environment().putAll(env("yaml"));
    builder.environment().put("AKMATORI_PORT", "0");
    builder.redirectErrorStream(true).redirectInput(new File("/dev/null"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains("AKMATORI_LOG_FORMAT").contains("the server does not start");
    assertThat(Files.exists(dataDir.resolve("db"))).isFalse();
  }
}
