package dev.akmatori.application.mcp;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link McpServerConfigs} over the repository, opening env values and tokens with the cipher. */
public final class StoredMcpServerConfigs implements McpServerConfigs {
  private final McpServerRepository repository;
  private final SecretCipher cipher;

  public StoredMcpServerConfigs(McpServerRepository repository, SecretCipher cipher) {
    this.repository = repository;
    this.cipher = cipher;
  }

  @Override
  public List<McpServer> enabled() {
    return repository.list(PageRequest.ALL).items().stream()
        .filter(server -> server.spec().enabled())
        .map(this::open)
        .collect(Collectors.toList());
  }

  @Override
  public Optional<McpServer> find(McpServerId id) {
    return repository.find(id).map(this::open);
  }

  private McpServer open(McpServer stored) {
    return stored.withSpec(stored.spec().mapSecrets(cipher::decrypt));
  }
}
