package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the real application on one real PostgreSQL (a fresh schema) sharing a data
 * directory and an encryption key: what one writes the other serves, a token from one works on the
 * other. Skipped only when {@code AKMATORI_TEST_POSTGRES_URL} is unset and CI does not require it.
 */
class PostgresReplicasTest {
  private static final String URL_VARIABLE = "AKMATORI_TEST_POSTGRES_URL";

  @TempDir Path dataDir;
  private String baseUrl;
  private String schema;

  @BeforeEach
  void createSchema() throws Exception {
    baseUrl = System.getenv(URL_VARIABLE);
    if (baseUrl == null || baseUrl.isBlank()) {
      assertThat(System.getenv("AKMATORI_REQUIRE_POSTGRES"))
          .as(URL_VARIABLE + " must be set when AKMATORI_REQUIRE_POSTGRES is")
          .isNotEqualTo("true");
      Assumptions.abort(URL_VARIABLE + " is not set");
    }
    schema = "sys_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void twoReplicas_shareRunbooksTokensAndTheEncryptionCheck() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("AKMATORI_DATA_DIR", dataDir.toString());
    env.put("AKMATORI_PORT", "0");
    env.put("AKMATORI_BIND_ADDRESS", "127.0.0.1");
    env.put("AKMATORI_DB_URL", baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    env.put("AKMATORI_DB_POOL_SIZE", "3");
    env.put("AKMATORI_ADMIN_PASSWORD", "replica-admin-password");
    env.put("AKMATORI_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]));

    try (Application one = Application.start(AppConfig.fromEnvironment(env));
        Application two = Application.start(AppConfig.fromEnvironment(env))) {
      String token = SystemTest.login(one, "replica-admin-password");
      HttpResponse<String> created =
          SystemTest.send(one, "POST", "/api/runbooks", token, "{\"title\":\"Replica\",\"content\":\"shared\"}");
      HttpResponse<String> listed = SystemTest.send(two, "GET", "/api/runbooks", token, null);
      HttpResponse<String> health = SystemTest.send(two, "GET", "/api/health", null, null);

      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(listed.statusCode()).isEqualTo(200);
      assertThat(listed.body()).contains("\"title\":\"Replica\"");
      assertThat(health.body()).contains("\"database\":\"ok\"");
    }
  }
}
