package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.settings.LlmProvider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas started at the same moment on one fresh PostgreSQL schema: both seed and create the
 * settings without clashing, and a change made through one is what the other serves and runs with.
 */
class PostgresConfigurationReplicasTest {
  private static final String PASSWORD = "replica-admin-password";

  @TempDir Path dataDir;
  @RegisterExtension final PostgresSchema schema = new PostgresSchema("cfg");

  @Test
  void twoReplicasStartingTogether_seedOnce_andServeEachOthersChanges() throws Exception {
    Map<String, String> env = SystemTest.env(dataDir, PASSWORD);
    env.put("AKMATORI_DB_URL", schema.url());
    env.put("AKMATORI_DB_POOL_SIZE", "3");
    env.put("AKMATORI_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]));

    List<Application> apps = startTogether(AppConfig.fromEnvironment(env), 2);
    try (Application one = apps.get(0);
        Application two = apps.get(1)) {
      String token = SystemTest.login(one, PASSWORD);
      String created =
          SystemTest.send(one, "POST", "/api/alert-sources", token, "{\"source_type_name\":\"datadog\",\"name\":\"DD\",\"webhook_secret\":\"dd-secret-1\"}").body();
      SystemTest.send(one, "PUT", "/api/settings/llm", token, "{\"provider\":\"openrouter\",\"api_key\":\"or-key-0001\"}");
      String uuid = ConfigurationSystemTest.field(created, "uuid");

      assertThat(count("alert_source_types")).isEqualTo(5);
      assertThat(count("llm_settings")).isEqualTo(5);
      assertThat(count("retention_settings")).isEqualTo(1);
      assertThat(SystemTest.send(two, "GET", "/api/alert-sources/" + uuid, token, null).body()).contains("\"webhook_secret\":\"****et-1\"");
      assertThat(SystemTest.send(two, "GET", "/api/settings/llm", token, null).body()).contains("\"active_provider\":\"openrouter\"");
      assertThat(two.runtimeSettings().activeLlm().provider()).isEqualTo(LlmProvider.OPENROUTER);
      assertThat(two.runtimeSettings().activeLlm().apiKey().reveal()).isEqualTo("or-key-0001");
    }
  }

  private static List<Application> startTogether(AppConfig config, int n) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Application>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(() -> Application.start(config)));
      }
      List<Application> apps = new ArrayList<>();
      for (Future<Application> f : futures) {
        apps.add(f.get());
      }
      return apps;
    } finally {
      pool.shutdown();
    }
  }

  private long count(String table) throws Exception {
    try (Connection c = schema.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema.name() + "." + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
