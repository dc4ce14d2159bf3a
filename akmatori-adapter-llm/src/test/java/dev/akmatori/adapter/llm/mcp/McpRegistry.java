package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.InMemoryMcpServerRepository;
import dev.akmatori.application.mcp.McpServerConfigs;
import dev.akmatori.application.mcp.StoredMcpServerConfigs;
import dev.akmatori.application.testing.ReversibleTestCipher;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTransport;
import dev.akmatori.domain.shared.Secret;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stored MCP servers for the runtime's tests: an in-memory repository, sealed secrets, the real configs reader. */
final class McpRegistry {
  private static final Instant NOW = Instant.parse("2026-05-06T09:30:12Z");

  private final InMemoryMcpServerRepository repository = new InMemoryMcpServerRepository();
  private final ReversibleTestCipher cipher = new ReversibleTestCipher("k1");
  final McpServerConfigs configs = new StoredMcpServerConfigs(repository, cipher);

  /** Stores {@code spec} (secrets sealed) and returns it as stored. */
  McpServer add(McpServerSpec spec) {
    return repository.create(spec.mapSecrets(cipher::encrypt), NOW);
  }

  void update(McpServer server, McpServerSpec spec) {
    repository.update(server.id(), spec.mapSecrets(cipher::encrypt), NOW.plusSeconds(60)).orElseThrow();
  }

  void delete(McpServer server) {
    repository.delete(server.id());
  }

  static McpServerSpec stdio(String prefix, String command, List<String> args, Map<String, String> env) {
    Map<String, Secret> secrets = new LinkedHashMap<>();
    env.forEach((k, v) -> secrets.put(k, Secret.of(v)));
    return new McpServerSpec(prefix + "-server", McpTransport.STDIO, "", command, args, secrets, prefix, null, true);
  }

  static McpServerSpec http(String prefix, McpTransport transport, String url) {
    return new McpServerSpec(prefix + "-server", transport, url, "", List.of(), Map.of(), prefix, null, true);
  }
}
