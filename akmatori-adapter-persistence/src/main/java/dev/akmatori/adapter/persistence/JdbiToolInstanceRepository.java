package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ManageToolInstances;
import dev.akmatori.application.tool.StoredToolInstance;
import dev.akmatori.application.tool.ToolInstanceFields;
import dev.akmatori.application.tool.ToolInstanceRepository;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolTypeId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Tool instances in the {@code tool_instances} table, settings as JSON text exactly as the
 * application sealed them. The unique constraints on name and logical name report duplicates; which
 * one fired is read back afterwards, so the message names the right value.
 */
final class JdbiToolInstanceRepository implements ToolInstanceRepository {
  private static final String SELECT =
      "SELECT id, tool_type_id, name, logical_name, settings, enabled, created_at, updated_at FROM tool_instances";
  private static final String INSERT =
      """
      INSERT INTO tool_instances (tool_type_id, name, logical_name, settings, enabled, created_at, updated_at)
      VALUES (:type, :name, :logicalName, :settings, :enabled, :now, :now)
      """;
  private static final String UPDATE =
      """
      UPDATE tool_instances
      SET name = :name, logical_name = :logicalName, settings = :settings, enabled = :enabled, updated_at = :now
      WHERE id = :id
      """;
  private static final String NAME_TAKEN = "SELECT COUNT(*) FROM tool_instances WHERE name = :name AND id <> :id";
  // Skill assignments (skill_tools, V4) reference tool_instances with ON DELETE CASCADE, like ssh_keys:
  // this one statement removes the instance and everything that belongs to it atomically.
  private static final String DELETE = "DELETE FROM tool_instances WHERE id = :id";

  private final Jdbi jdbi;

  JdbiToolInstanceRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public StoredToolInstance create(ToolTypeId type, ToolInstanceFields fields, Instant now) {
    long id = unique(fields, 0, () -> jdbi.withHandle(h -> bindFields(h.createUpdate(INSERT), fields, now)
        .bind("type", type.value())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one()));
    Instant stored = Timestamps.stored(now);
    return new StoredToolInstance(new ToolInstanceId(id), type, fields, stored, stored);
  }

  @Override
  public Optional<StoredToolInstance> find(ToolInstanceId id) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE id = :id").bind("id", id.value()).map(this::map).findOne());
  }

  @Override
  public Optional<StoredToolInstance> findByLogicalName(LogicalName logicalName) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE logical_name = :logicalName")
        .bind("logicalName", logicalName.value()).map(this::map).findOne());
  }

  @Override
  public List<StoredToolInstance> list() {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY id").map(this::map).list());
  }

  @Override
  public Optional<StoredToolInstance> update(ToolInstanceId id, ToolInstanceFields fields, Instant now) {
    return unique(fields, id.value(), () -> jdbi.inTransaction(h -> {
      int changed = bindFields(h.createUpdate(UPDATE), fields, now).bind("id", id.value()).execute();
      return changed == 0
          ? Optional.<StoredToolInstance>empty()
          : h.createQuery(SELECT + " WHERE id = :id").bind("id", id.value()).map(this::map).findOne();
    }));
  }

  @Override
  public boolean delete(ToolInstanceId id) {
    return jdbi.withHandle(h -> h.createUpdate(DELETE).bind("id", id.value()).execute()) > 0;
  }

  private static Update bindFields(Update update, ToolInstanceFields fields, Instant now) {
    return update
        .bind("name", fields.name())
        .bind("logicalName", fields.logicalName().value())
        .bind("settings", JsonWriter.write(fields.sealedSettings()))
        .bind("enabled", fields.enabled())
        .bind("now", Timestamps.bind(now));
  }

  /** Runs a write; a unique violation becomes the conflict of the name, else of the logical name. */
  private <T> T unique(ToolInstanceFields fields, long selfId, Supplier<T> write) {
    try {
      return write.get();
    } catch (RuntimeException e) {
      if (!Conflicts.isUniqueViolation(e)) {
        throw e;
      }
      boolean nameTaken = jdbi.withHandle(h -> h.createQuery(NAME_TAKEN)
          .bind("name", fields.name()).bind("id", selfId).mapTo(Long.class).one()) > 0;
      throw new ConflictException(nameTaken
          ? ManageToolInstances.duplicateName(fields.name())
          : ManageToolInstances.duplicateLogicalName(fields.logicalName().value()));
    }
  }

  private StoredToolInstance map(ResultSet rs, StatementContext ctx) throws SQLException {
    ToolInstanceFields fields = new ToolInstanceFields(
        rs.getString("name"),
        new LogicalName(rs.getString("logical_name")),
        JsonText.parseObject(rs.getString("settings")),
        rs.getBoolean("enabled"));
    return new StoredToolInstance(
        new ToolInstanceId(rs.getLong("id")),
        new ToolTypeId(rs.getLong("tool_type_id")),
        fields,
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }
}
