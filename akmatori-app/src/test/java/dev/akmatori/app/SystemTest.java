package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.akmatori.application.auth.AdminAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The real application on a random port, over HTTP, on the embedded H2 default. */
class SystemTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir Path dataDir;

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("AKMATORI_DATA_DIR", dataDir.toString());
    env.put("AKMATORI_PORT", "0");
    env.put("AKMATORI_BIND_ADDRESS", "127.0.0.1");
    return env;
  }

  @Test
  void firstStart_logsAGeneratedPassword_dataAndTokensSurviveARestart() throws Exception {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    ((Logger) LoggerFactory.getLogger(AdminAccount.class)).addAppender(logs);

    String token;
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      String password = generatedPassword(logs);
      token = login(app, password);
      HttpResponse<String> created =
          send(app, "POST", "/api/runbooks", token, "{\"title\":\"Disk full\",\"content\":\"Clean /var/log\"}");
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/runbooks/"));
    } finally {
      ((Logger) LoggerFactory.getLogger(AdminAccount.class)).detachAppender(logs);
    }

    assertThat(Files.list(dataDir.resolve("runbooks")).map(p -> p.getFileName().toString()))
        .containsExactly("1-disk-full.md");
    assertThat(Files.getPosixFilePermissions(dataDir.resolve("encryption.key")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      HttpResponse<String> list = send(app, "GET", "/api/runbooks", token, null);
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body()).contains("\"title\":\"Disk full\"");
      assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().contains("Generated admin password")).hasSize(1);
    }
  }

  @Test
  void health_isPublic_andEverythingElseNeedsCredentials() throws Exception {
    try (Application app = Application.start(AppConfig.fromEnvironment(env()))) {
      HttpResponse<String> health = send(app, "GET", "/api/health", null, null);
      HttpResponse<String> runbooks = send(app, "GET", "/api/runbooks", null, null);
      HttpResponse<String> unknown = send(app, "GET", "/api/nowhere", null, null);

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"database\":\"ok\"");
      assertThat(runbooks.statusCode()).isEqualTo(401);
      assertThat(runbooks.body()).contains("\"code\":\"unauthorized\"");
      assertThat(unknown.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void aDifferentEncryptionKey_refusesToStart() {
    Map<String, String> env = env();
    env.put("AKMATORI_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]));
    Application.start(AppConfig.fromEnvironment(env)).close();

    byte[] other = new byte[32];
    other[0] = 1;
    env.put("AKMATORI_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(other));
    assertThatThrownBy(() -> Application.start(AppConfig.fromEnvironment(env)))
        .hasMessageContaining("encryption key does not match");
  }

  @Test
  void variablePassword_isUsed_andApiKeysWorkEndToEnd() throws Exception {
    Map<String, String> env = env();
    env.put("AKMATORI_ADMIN_PASSWORD", "a-long-admin-password");
    try (Application app = Application.start(AppConfig.fromEnvironment(env))) {
      String token = login(app, "a-long-admin-password");
      HttpResponse<String> created = send(app, "POST", "/api/api-keys", token, "{\"name\":\"scraper\"}");
      Matcher key = Pattern.compile("\"key\":\"(akm_[A-Za-z0-9]{40})\"").matcher(created.body());
      assertThat(key.find()).as(created.body()).isTrue();

      HttpResponse<String> verify =
          CLIENT.send(
              HttpRequest.newBuilder(uri(app, "/api/auth/verify")).header("X-API-Key", key.group(1)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(verify.statusCode()).isEqualTo(200);
      assertThat(verify.body()).contains("\"username\":\"api-key:scraper\"");
    }
  }

  /**
   * The environment of an in-process server on a free loopback port over {@code dataDir}, with the
   * admin password set; a mutable map for the test's own additions.
   */
  static Map<String, String> env(Path dataDir, String adminPassword) {
    Map<String, String> env = new HashMap<>();
    env.put("AKMATORI_DATA_DIR", dataDir.toString());
    env.put("AKMATORI_PORT", "0");
    env.put("AKMATORI_BIND_ADDRESS", "127.0.0.1");
    env.put("AKMATORI_ADMIN_PASSWORD", adminPassword);
    return env;
  }

  static String generatedPassword(ListAppender<ILoggingEvent> logs) {
    for (ILoggingEvent e : logs.list) {
      Matcher m = Pattern.compile("password=([A-Za-z0-9]{20,})").matcher(e.getFormattedMessage());
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("no generated password was logged");
  }

  static String login(Application app, String password) throws Exception {
    HttpResponse<String> r =
        send(app, "POST", "/api/auth/login", null, "{\"username\":\"admin\",\"password\":\"" + password + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  static URI uri(Application app, String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  static HttpResponse<String> send(Application app, String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(app, path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

}
