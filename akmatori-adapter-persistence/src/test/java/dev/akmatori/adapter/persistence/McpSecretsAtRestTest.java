package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.mcp.ConnectorNames;
import dev.akmatori.application.mcp.McpServerService;
import dev.akmatori.application.mcp.ScriptedMcpClient;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerInput;
import dev.akmatori.domain.mcp.McpServerInput.AuthInput;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Env values and auth tokens of MCP servers reach the database only as AES-GCM {@code enc:v1:}
 * text (contract §1.7), read straight from the row, on H2 and PostgreSQL.
 */
class McpSecretsAtRestTest {
  private static final String ENV_SECRET = "ghp_plaintext_env_value_123";
  private static final String TOKEN = "bearer-plaintext-token-456";

  @Test
  void h2_rowHoldsOnlyCiphertext_andTheServiceReadsTheClearValuesBack() {
    check(TestDatabases::h2);
  }

  @Test
  void postgres_rowHoldsOnlyCiphertext_andTheServiceReadsTheClearValuesBack() {
    check(TestDatabases::postgres);
  }

  private static void check(Supplier<TestDatabase> databases) {
    try (TestDatabase db = databases.get()) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      McpServerService service = new McpServerService(
          db.adapter().mcpServers(), ConnectorNames.NONE, new ScriptedMcpClient(), new AesGcmSecretCipher(key),
          Clock.systemUTC());
      McpServer created = service.create(new McpServerInput(
          "remote", "sse", "https://mcp.example.com/sse", null, List.of("--arg"), Map.of("API_KEY", ENV_SECRET),
          "remote", new AuthInput("bearer_token", TOKEN, null), false, null, null));

      Map<String, Object> row = db.adapter().jdbi().withHandle(h -> h.createQuery(
              "SELECT env_vars, auth_token FROM mcp_servers WHERE id = :id")
          .bind("id", created.id().value()).mapToMap().one());

      String env = (String) row.get("env_vars");
      String token = (String) row.get("auth_token");
      assertThat(env).doesNotContain(ENV_SECRET).contains("\"API_KEY\":\"enc:v1:");
      assertThat(token).doesNotContain(TOKEN).startsWith("enc:v1:");
      McpServer read = service.get(created.id());
      assertThat(read.spec().envVars().get("API_KEY").reveal()).isEqualTo(ENV_SECRET);
      assertThat(read.spec().auth().token().reveal()).isEqualTo(TOKEN);
    }
  }
}
