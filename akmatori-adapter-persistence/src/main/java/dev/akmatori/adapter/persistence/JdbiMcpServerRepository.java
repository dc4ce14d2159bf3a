package dev.akmatori.adapter.persistence;

import dev.akmatori.application.mcp.McpServerRepository;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * MCP servers in the {@code mcp_servers} table. The unique constraints on {@code name} and on the
 * lower-cased {@code namespace_key} settle races; the conflict message is chosen afterwards.
 */
final class JdbiMcpServerRepository implements McpServerRepository {
  private static final String INSERT =
      """
      INSERT INTO mcp_servers (name, transport, url, command, args, env_vars, namespace_prefix,
          namespace_key, auth_type, auth_token, auth_header_name, enabled, created_at, updated_at)
      VALUES (:name, :transport, :url, :command, :args, :envVars, :namespacePrefix,
          :namespaceKey, :authType, :authToken, :authHeaderName, :enabled, :now, :now)
      """;
  private static final String UPDATE =
      """
      UPDATE mcp_servers SET name = :name, transport = :transport, url = :url, command = :command,
          args = :args, env_vars = :envVars, namespace_prefix = :namespacePrefix,
          namespace_key = :namespaceKey, auth_type = :authType, auth_token = :authToken,
          auth_header_name = :authHeaderName, enabled = :enabled, updated_at = :now
      WHERE id = :id
      """;
  private static final String SELECT = "SELECT " + McpServerRows.COLUMNS + " FROM mcp_servers";
  private static final String FIND = SELECT + " WHERE id = :id";
  private static final String FIND_BY_NAME = SELECT + " WHERE name = :name";
  private static final String FIND_BY_NAMESPACE = SELECT + " WHERE namespace_key = :key";
  private static final String DELETE = "DELETE FROM mcp_servers WHERE id = :id";
  private static final String COUNT = "SELECT COUNT(*) FROM mcp_servers";
  private static final String LIST = SELECT + " ORDER BY id";

  private final Jdbi jdbi;

  JdbiMcpServerRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public McpServer create(McpServerSpec spec, Instant now) {
    long id =
        unique(spec, null, () -> jdbi.withHandle(
            h -> McpServerRows.bind(h.createUpdate(INSERT), spec)
                .bind("now", Timestamps.bind(now))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one()));
    Instant stored = Timestamps.stored(now);
    return new McpServer(new McpServerId(id), spec, stored, stored);
  }

  @Override
  public Optional<McpServer> find(McpServerId id) {
    return jdbi.withHandle(h -> h.createQuery(FIND).bind("id", id.value()).map(McpServerRows::map).findOne());
  }

  @Override
  public Optional<McpServer> findByName(String name) {
    return jdbi.withHandle(
        h -> h.createQuery(FIND_BY_NAME).bind("name", name).map(McpServerRows::map).findOne());
  }

  @Override
  public Optional<McpServer> findByNamespace(String prefix) {
    String key = McpServerSpec.namespaceKey(prefix);
    return jdbi.withHandle(
        h -> h.createQuery(FIND_BY_NAMESPACE).bind("key", key).map(McpServerRows::map).findOne());
  }

  @Override
  public Optional<McpServer> update(McpServerId id, McpServerSpec spec, Instant now) {
    return unique(spec, id, () -> jdbi.inTransaction(h -> {
      int changed =
          McpServerRows.bind(h.createUpdate(UPDATE), spec)
              .bind("id", id.value())
              .bind("now", Timestamps.bind(now))
              .execute();
      return changed == 0
          ? Optional.<McpServer>empty()
          : h.createQuery(FIND).bind("id", id.value()).map(McpServerRows::map).findOne();
    }));
  }

  @Override
  public boolean delete(McpServerId id) {
    return jdbi.withHandle(h -> h.createUpdate(DELETE).bind("id", id.value()).execute()) > 0;
  }

  @Override
  public Page<McpServer> list(PageRequest page) {
    return jdbi.withHandle(h -> Paging.fetch(h, COUNT, LIST, q -> {}, McpServerRows::map, page));
  }

  /**
   * Runs a write; a unique violation becomes the name conflict when another row holds the name,
   * else the namespace conflict (the only other unique key). Checked after the failed statement,
   * outside its transaction, which PostgreSQL has aborted.
   */
  private <T> T unique(McpServerSpec spec, McpServerId self, Supplier<T> write) {
    try {
      return write.get();
    } catch (RuntimeException e) {
      if (!Conflicts.isUniqueViolation(e)) {
        throw e;
      }
      boolean nameTaken = findByName(spec.name()).filter(other -> !other.id().equals(self)).isPresent();
      throw nameTaken
          ? McpServerRepository.nameTaken(spec.name())
          : McpServerRepository.namespaceTaken(spec.namespacePrefix());
    }
  }
}
