package dev.akmatori.application.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.testing.ReversibleTestCipher;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.mcp.McpServerSpec;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredMcpServerConfigsTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final InMemoryMcpServerRepository repository = new InMemoryMcpServerRepository();
  private final ReversibleTestCipher cipher = new ReversibleTestCipher("k1");
  private final StoredMcpServerConfigs configs = new StoredMcpServerConfigs(repository, cipher);

  private McpServer store(McpServerSpec clear) {
    return repository.create(clear.mapSecrets(cipher::encrypt), NOW);
  }

  @Test
  void enabled_listsOnlyEnabledServers_byId_withEnvValuesAndTokensInClear() {
    McpServer second = store(TestMcpServers.stdio("files", "fs"));
    store(TestMcpServers.http("remote", "remote")); // disabled
    McpServer third = store(TestMcpServers.stdio("more", "more"));

    assertThat(configs.enabled()).extracting(McpServer::id).containsExactly(second.id(), third.id());
    assertThat(configs.enabled().get(0).spec().envVars().get("GITHUB_TOKEN").reveal())
        .isEqualTo("ghp_0123456789abcdef");
  }

  @Test
  void find_answersDisabledServersToo_withTheirTokenInClear_andEmptyForDeletedOnes() {
    McpServer http = store(TestMcpServers.http("remote", "remote"));

    assertThat(configs.find(http.id()).orElseThrow().spec().auth().token().reveal()).isEqualTo("tok-secret-9876");
    repository.delete(http.id());
    assertThat(configs.find(http.id())).isEmpty();
    assertThat(configs.find(new McpServerId(99))).isEmpty();
  }
}
