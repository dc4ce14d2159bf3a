package dev.akmatori.application.mcp;

import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Stored MCP servers. Secret values (env values, auth token) are stored and returned exactly as
 * given: the service hands them over sealed by its {@code SecretCipher}. Names are unique as
 * given, namespace prefixes unique ignoring case; a write that would break either throws {@link
 * ConflictException} with {@link #nameTaken} or {@link #namespaceTaken}, also when it loses a race.
 * Implementations are thread-safe and every method is one atomic operation; failures of the store
 * itself are unchecked exceptions and are not retried here.
 */
public interface McpServerRepository {
  /** Stores a new server created at {@code now} and returns it with its id. */
  McpServer create(McpServerSpec spec, Instant now);

  Optional<McpServer> find(McpServerId id);

  /** The server of exactly this (trimmed) name. */
  Optional<McpServer> findByName(String name);

  /** The server whose namespace prefix equals {@code prefix} ignoring case. */
  Optional<McpServer> findByNamespace(String prefix);

  /** Replaces every setting and stamps {@code now}; empty when no such server exists. */
  Optional<McpServer> update(McpServerId id, McpServerSpec spec, Instant now);

  /** Removes the server; false when it did not exist. */
  boolean delete(McpServerId id);

  /** One page ordered by id; {@link PageRequest#ALL} for every server. */
  Page<McpServer> list(PageRequest page);

  /** The 409 for a name another server holds (contract §3.9). */
  static ConflictException nameTaken(String name) {
    return new ConflictException("MCP server with name '" + name + "' already exists");
  }

  /** The 409 for a namespace prefix another server holds, in any case (contract §3.9). */
  static ConflictException namespaceTaken(String prefix) {
    return new ConflictException("namespace_prefix '" + prefix + "' already in use");
  }
}
