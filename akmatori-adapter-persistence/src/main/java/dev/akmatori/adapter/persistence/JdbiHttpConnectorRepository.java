package dev.akmatori.adapter.persistence;

import dev.akmatori.application.connector.HttpConnectorRepository;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorId;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * HTTP connectors in {@code http_connectors} and their tool types in {@code tool_types}, written
 * together in one transaction. The unique keys ({@code name_key} here, {@code name} there) settle
 * races; the conflict message is chosen afterwards.
 */
final class JdbiHttpConnectorRepository implements HttpConnectorRepository {
  private static final String INSERT =
      """
      INSERT INTO http_connectors (tool_type_name, name_key, description, base_url_field, auth_config, tools,
          enabled, created_at, updated_at)
      VALUES (:toolTypeName, :nameKey, :description, :baseUrlField, :authConfig, :tools, :enabled, :now, :now)
      """;
  private static final String UPDATE =
      """
      UPDATE http_connectors SET tool_type_name = :toolTypeName, name_key = :nameKey, description = :description,
          base_url_field = :baseUrlField, auth_config = :authConfig, tools = :tools, enabled = :enabled,
          updated_at = :now
      WHERE id = :id
      """;
  private static final String INSERT_TYPE =
      """
      INSERT INTO tool_types (name, kind, connector_id, description, schema_json, operations_json, created_at,
          updated_at)
      VALUES (:name, 'http_connector', :connectorId, :description, :schema, :operations, :now, :now)
      """;
  private static final String UPDATE_TYPE =
      """
      UPDATE tool_types SET name = :name, description = :description, schema_json = :schema,
          operations_json = :operations, updated_at = :now
      WHERE connector_id = :connectorId
      """;
  private static final String FIND = HttpConnectorRows.SELECT + " WHERE c.id = :id";
  private static final String FIND_BY_KEY = HttpConnectorRows.SELECT + " WHERE c.name_key = :key";
  private static final String KEY_TAKEN = "SELECT COUNT(*) FROM http_connectors WHERE name_key = :key AND id <> :id";
  private static final String COUNT = "SELECT COUNT(*) FROM http_connectors";
  private static final String LIST = HttpConnectorRows.SELECT + " ORDER BY c.id";

  private final Jdbi jdbi;
  private final ConnectorTypeRemoval removal;

  JdbiHttpConnectorRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.removal = new ConnectorTypeRemoval(jdbi);
  }

  @Override
  public HttpConnector create(HttpConnectorSpec spec, Instant now) {
    return unique(spec, 0, () -> jdbi.inTransaction(h -> {
      long id = HttpConnectorRows.bind(h.createUpdate(INSERT), spec)
          .bind("now", Timestamps.bind(now))
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
      writeType(h, INSERT_TYPE, id, spec.toolType(), now);
      return h.createQuery(FIND).bind("id", id).map(HttpConnectorRows::map).one();
    }));
  }

  @Override
  public Optional<HttpConnector> find(HttpConnectorId id) {
    return jdbi.withHandle(h -> h.createQuery(FIND).bind("id", id.value()).map(HttpConnectorRows::map).findOne());
  }

  @Override
  public Optional<HttpConnector> findByToolTypeName(String name) {
    String key = HttpConnectorSpec.nameKey(name);
    return jdbi.withHandle(h -> h.createQuery(FIND_BY_KEY).bind("key", key).map(HttpConnectorRows::map).findOne());
  }

  @Override
  public Optional<HttpConnector> update(
      HttpConnectorId id, HttpConnectorSpec spec, UnaryOperator<Map<String, Object>> resealSettings, Instant now) {
    return unique(spec, id.value(), () -> jdbi.inTransaction(h -> {
      int changed = HttpConnectorRows.bind(h.createUpdate(UPDATE), spec)
          .bind("id", id.value())
          .bind("now", Timestamps.bind(now))
          .execute();
      if (changed == 0) {
        return Optional.<HttpConnector>empty();
      }
      writeType(h, UPDATE_TYPE, id.value(), spec.toolType(), now);
      HttpConnector updated = h.createQuery(FIND).bind("id", id.value()).map(HttpConnectorRows::map).one();
      InstanceSettings.rewrite(h, updated.toolTypeId(), resealSettings);
      return Optional.of(updated);
    }));
  }

  @Override
  public boolean delete(HttpConnectorId id) {
    return removal.delete(id);
  }

  @Override
  public Page<HttpConnector> list(PageRequest page) {
    return jdbi.withHandle(h -> Paging.fetch(h, COUNT, LIST, q -> {}, HttpConnectorRows::map, page));
  }

  private static void writeType(Handle h, String sql, long connectorId, ToolTypeDefinition type, Instant now) {
    h.createUpdate(sql)
        .bind("name", type.name())
        .bind("connectorId", connectorId)
        .bind("description", type.description())
        .bind("schema", ToolTypeJson.schema(type))
        .bind("operations", ToolTypeJson.operations(type))
        .bind("now", Timestamps.bind(now))
        .execute();
  }

  /**
   * Runs a write; a unique violation becomes the connector conflict when another connector holds
   * the name key, else the tool type one. Checked after the failed transaction, which PostgreSQL
   * has aborted.
   */
  private <T> T unique(HttpConnectorSpec spec, long selfId, Supplier<T> write) {
    try {
      return write.get();
    } catch (RuntimeException e) {
      if (!Conflicts.isUniqueViolation(e)) {
        throw e;
      }
      boolean connectorTaken = jdbi.withHandle(h -> h.createQuery(KEY_TAKEN)
          .bind("key", spec.nameKey()).bind("id", selfId).mapTo(Long.class).one()) > 0;
      throw connectorTaken
          ? HttpConnectorRepository.nameTaken(spec.toolTypeName())
          : HttpConnectorRepository.typeNameTaken(spec.toolTypeName());
    }
  }
}
