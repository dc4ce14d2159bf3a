package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ToolTypeRepository;
import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import dev.akmatori.domain.tool.ToolTypeId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Tool types in the {@code tool_types} table. The built-in rows already exist after migration V2
 * (numbered 1–10); {@link #refreshBuiltins} fills in and refreshes their content by name, and
 * inserts only built-ins that later versions add.
 */
final class JdbiToolTypeRepository implements ToolTypeRepository {
  private static final String SELECT =
      "SELECT id, name, kind, connector_id, description, schema_json, operations_json, created_at, updated_at"
          + " FROM tool_types";
  private static final String INSERT =
      """
      INSERT INTO tool_types (name, kind, description, schema_json, operations_json, created_at, updated_at)
      VALUES (:name, 'builtin', :description, :schema, :operations, :now, :now)
      """;
  private static final String CONTENT =
      "SELECT description, schema_json, operations_json FROM tool_types WHERE name = :name AND kind = 'builtin'";
  private static final String REFRESH =
      """
      UPDATE tool_types SET description = :description, schema_json = :schema, operations_json = :operations,
          updated_at = :now
      WHERE name = :name AND kind = 'builtin'
      """;

  private final Jdbi jdbi;

  JdbiToolTypeRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<ToolType> list() {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY id").map(this::map).list());
  }

  @Override
  public Optional<ToolType> find(ToolTypeId id) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE id = :id").bind("id", id.value()).map(this::map).findOne());
  }

  @Override
  public Optional<ToolType> findByName(String name) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE name = :name").bind("name", name).map(this::map).findOne());
  }

  @Override
  public void refreshBuiltins(List<ToolTypeDefinition> definitions, Instant now) {
    for (ToolTypeDefinition definition : definitions) {
      jdbi.useHandle(h -> refresh(h, definition, now));
    }
  }

  /**
   * Inserts when missing (a replica that loses that race refreshes the winner's row instead);
   * otherwise rewrites the row only when its content differs, compared here because H2 cannot
   * compare large text values in SQL.
   */
  private void refresh(Handle h, ToolTypeDefinition definition, Instant now) {
    List<String> wanted =
        List.of(definition.description(), ToolTypeJson.schema(definition), ToolTypeJson.operations(definition));
    Optional<List<String>> stored = h.createQuery(CONTENT).bind("name", definition.name())
        .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).findOne();
    if (stored.isEmpty()) {
      try {
        write(h, INSERT, definition.name(), wanted, now);
        return;
      } catch (RuntimeException e) {
        if (!Conflicts.isUniqueViolation(e)) {
          throw e;
        }
      }
    } else if (stored.get().equals(wanted)) {
      return;
    }
    write(h, REFRESH, definition.name(), wanted, now);
  }

  private static void write(Handle h, String sql, String name, List<String> content, Instant now) {
    h.createUpdate(sql)
        .bind("name", name)
        .bind("description", content.get(0))
        .bind("schema", content.get(1))
        .bind("operations", content.get(2))
        .bind("now", Timestamps.bind(now))
        .execute();
  }

  private ToolType map(ResultSet rs, StatementContext ctx) throws SQLException {
    long connector = rs.getLong("connector_id");
    Long connectorId = rs.wasNull() ? null : connector;
    return new ToolType(
        new ToolTypeId(rs.getLong("id")),
        ToolTypeJson.definition(
            rs.getString("name"),
            rs.getString("kind"),
            rs.getString("description"),
            rs.getString("schema_json"),
            rs.getString("operations_json")),
        connectorId,
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }
}
