package dev.akmatori.application.mcp;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.mcp.McpServerInput;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.mcp.McpTool;
import dev.akmatori.domain.shared.BadGatewayException;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * MCP server CRUD and tool listing. Env values and the auth token are sealed with the {@link
 * SecretCipher} before they reach the repository and opened when read back. Namespace prefixes
 * share one case-insensitive space with built-in tool types and HTTP connectors.
 */
public final class McpServerService implements ManageMcpServers {
  /** Connect and list within this budget (contract §3.9). */
  static final Duration TOOLS_TIMEOUT = Duration.ofSeconds(30);

  private final McpServerRepository repository;
  private final ConnectorNames connectors;
  private final McpClient client;
  private final SecretCipher cipher;
  private final Clock clock;

  public McpServerService(
      McpServerRepository repository,
      ConnectorNames connectors,
      McpClient client,
      SecretCipher cipher,
      Clock clock) {
    this.repository = repository;
    this.connectors = connectors;
    this.client = client;
    this.cipher = cipher;
    this.clock = clock;
  }

  @Override
  public Page<McpServer> list(PageRequest page) {
    return repository.list(page).map(this::open);
  }

  @Override
  public McpServer get(McpServerId id) {
    return open(repository.find(id).orElseThrow(McpServerService::notFound));
  }

  @Override
  public McpServer create(McpServerInput input) {
    McpServerSpec spec = input.toNewSpec();
    checkConflicts(spec, null);
    return repository.create(seal(spec), clock.instant()).withSpec(spec);
  }

  @Override
  public McpServer update(McpServerId id, McpServerInput input) {
    McpServer current = get(id);
    McpServerSpec spec = input.applyTo(current.spec());
    checkConflicts(spec, current);
    return repository
        .update(id, seal(spec), clock.instant())
        .orElseThrow(McpServerService::notFound)
        .withSpec(spec);
  }

  @Override
  public void delete(McpServerId id) {
    if (!repository.delete(id)) {
      throw notFound();
    }
  }

  @Override
  public List<McpTool> tools(McpServerId id) {
    McpServer server = get(id);
    try {
      return client.listTools(server, TOOLS_TIMEOUT);
    } catch (McpUnavailableException e) {
      throw new BadGatewayException(
          "Failed to connect to MCP server '" + server.spec().name() + "': " + e.reason());
    }
  }

  /**
   * The 409s of §3.9, in its order. Uniqueness against other servers is checked here for a clean
   * message and again by the repository for races; the built-in and connector checks run only when
   * the namespace changes, so an unrelated edit never fails on an old clash.
   */
  private void checkConflicts(McpServerSpec spec, McpServer current) {
    McpServerId self = current == null ? null : current.id();
    repository.findByName(spec.name()).filter(other -> !other.id().equals(self)).ifPresent(other -> {
      throw McpServerRepository.nameTaken(spec.name());
    });
    String prefix = spec.namespacePrefix();
    repository.findByNamespace(prefix).filter(other -> !other.id().equals(self)).ifPresent(other -> {
      throw McpServerRepository.namespaceTaken(prefix);
    });
    if (current != null && current.spec().namespaceKey().equals(spec.namespaceKey())) {
      return;
    }
    if (BuiltinToolTypes.isReservedName(prefix)) {
      throw new ConflictException("namespace_prefix '" + prefix + "' conflicts with a built-in tool type");
    }
    if (connectors.connectorNamed(prefix)) {
      throw new ConflictException("namespace_prefix '" + prefix + "' conflicts with an HTTP connector");
    }
  }

  private McpServerSpec seal(McpServerSpec clear) {
    return clear.mapSecrets(cipher::encrypt);
  }

  private McpServer open(McpServer stored) {
    return stored.withSpec(stored.spec().mapSecrets(cipher::decrypt));
  }

  private static NotFoundException notFound() {
    return new NotFoundException(NOT_FOUND);
  }
}
