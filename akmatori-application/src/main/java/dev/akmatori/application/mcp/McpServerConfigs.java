package dev.akmatori.application.mcp;

import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import java.util.List;
import java.util.Optional;

/**
 * The stored MCP servers with their secrets in clear, for the investigation's MCP runtime (contract
 * §3.9, §5.4), which must start and authenticate them. Thread-safe; every call reads the store
 * afresh. Failures of the store, or a secret that cannot be decrypted, are unchecked exceptions.
 */
public interface McpServerConfigs {
  /** Every enabled server, ordered by id. */
  List<McpServer> enabled();

  /** The server of {@code id}, enabled or not; empty when it was deleted. */
  Optional<McpServer> find(McpServerId id);
}
