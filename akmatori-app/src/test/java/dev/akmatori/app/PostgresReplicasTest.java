package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the real application on one real PostgreSQL (a fresh schema) sharing a data
 * directory and an encryption key: what one writes the other serves, a token from one works on the
 * other. Skipped only when {@code AKMATORI_TEST_POSTGRES_URL} is unset and CI does not require it.
 */
class PostgresReplicasTest {

  @TempDir Path dataDir;
  @RegisterExtension final PostgresSchema schema = new PostgresSchema("sys");

  @Test
  void twoReplicas_shareRunbooksTokensAndTheEncryptionCheck() throws Exception {
    Map<String, String> env = SystemTest.env(dataDir, "replica-admin-password");
    env.put("AKMATORI_DB_URL", schema.url());
    env.put("AKMATORI_DB_POOL_SIZE", "3");
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
