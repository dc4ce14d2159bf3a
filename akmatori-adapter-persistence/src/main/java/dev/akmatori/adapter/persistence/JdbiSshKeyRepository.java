package dev.akmatori.adapter.persistence;

import dev.akmatori.application.tool.ManageSshKeys;
import dev.akmatori.application.tool.SealedSshKey;
import dev.akmatori.application.tool.SshKeyRepository;
import dev.akmatori.domain.tool.SshKey;
import dev.akmatori.domain.tool.SshKeyId;
import dev.akmatori.domain.tool.ToolInstanceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * SSH keys in the {@code ssh_keys} table, listed by {@code seq} (creation order). Every write runs
 * in one transaction that first locks the owning {@code tool_instances} row, so concurrent writers
 * of one instance (replicas included) queue up and "exactly one default" always holds.
 */
final class JdbiSshKeyRepository implements SshKeyRepository {
  private static final String COLUMNS = "id, name, is_default, created_at, private_key";
  private static final String BY_INSTANCE = "SELECT " + COLUMNS + " FROM ssh_keys WHERE tool_instance_id = :instance";
  private static final String ONE = BY_INSTANCE + " AND id = :id";
  private static final String LOCK_INSTANCE = "SELECT id FROM tool_instances WHERE id = :instance FOR UPDATE";
  private static final String INSERT =
      """
      INSERT INTO ssh_keys (id, tool_instance_id, name, is_default, private_key, created_at)
      VALUES (:id, :instance, :name, :isDefault, :privateKey, :now)
      """;
  private static final String CLEAR_DEFAULT =
      "UPDATE ssh_keys SET is_default = FALSE WHERE tool_instance_id = :instance AND is_default";
  private static final String SET_DEFAULT = "UPDATE ssh_keys SET is_default = TRUE WHERE tool_instance_id = :instance AND id = :id";
  private static final String RENAME = "UPDATE ssh_keys SET name = :name WHERE tool_instance_id = :instance AND id = :id";
  private static final String DELETE = "DELETE FROM ssh_keys WHERE tool_instance_id = :instance AND id = :id";

  private final Jdbi jdbi;

  JdbiSshKeyRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<SshKey> list(ToolInstanceId instance) {
    return listSealed(instance).stream().map(SealedSshKey::key).toList();
  }

  @Override
  public List<SealedSshKey> listSealed(ToolInstanceId instance) {
    return jdbi.withHandle(h -> h.createQuery(BY_INSTANCE + " ORDER BY seq")
        .bind("instance", instance.value()).map(this::map).list());
  }

  @Override
  public Optional<SshKey> find(ToolInstanceId instance, SshKeyId id) {
    return jdbi.withHandle(h -> one(h, instance, id)).map(SealedSshKey::key);
  }

  @Override
  public SshKey add(
      ToolInstanceId instance, SshKeyId id, String name, String sealedPrivateKey, boolean makeDefault, Instant now) {
    return Conflicts.onUniqueViolation(ManageSshKeys.duplicateName(name), () -> jdbi.inTransaction(h -> {
      if (!lock(h, instance)) {
        throw new IllegalStateException("No tool instance " + instance + " to add an SSH key to");
      }
      boolean first = h.createQuery("SELECT COUNT(*) FROM ssh_keys WHERE tool_instance_id = :instance")
          .bind("instance", instance.value()).mapTo(Long.class).one() == 0;
      boolean isDefault = makeDefault || first;
      if (isDefault) {
        h.createUpdate(CLEAR_DEFAULT).bind("instance", instance.value()).execute();
      }
      h.createUpdate(INSERT)
          .bind("id", id.value())
          .bind("instance", instance.value())
          .bind("name", name)
          .bind("isDefault", isDefault)
          .bind("privateKey", sealedPrivateKey)
          .bind("now", Timestamps.bind(now))
          .execute();
      return new SshKey(id, name, isDefault, Timestamps.stored(now));
    }));
  }

  @Override
  public Optional<SshKey> update(ToolInstanceId instance, SshKeyId id, Optional<String> newName, boolean makeDefault) {
    return Conflicts.onUniqueViolation(ManageSshKeys.duplicateName(newName.orElse("")), () -> jdbi.inTransaction(h -> {
      if (!lock(h, instance) || one(h, instance, id).isEmpty()) {
        return Optional.<SshKey>empty();
      }
      if (newName.isPresent()) {
        keyUpdate(h, RENAME, instance, id).bind("name", newName.get()).execute();
      }
      if (makeDefault) {
        h.createUpdate(CLEAR_DEFAULT).bind("instance", instance.value()).execute();
        keyUpdate(h, SET_DEFAULT, instance, id).execute();
      }
      return one(h, instance, id).map(SealedSshKey::key);
    }));
  }

  @Override
  public boolean delete(ToolInstanceId instance, SshKeyId id) {
    return jdbi.inTransaction(h -> {
      Optional<SealedSshKey> key = lock(h, instance) ? one(h, instance, id) : Optional.empty();
      if (key.isEmpty()) {
        return false;
      }
      keyUpdate(h, DELETE, instance, id).execute();
      if (key.get().key().isDefault()) {
        h.createQuery("SELECT id FROM ssh_keys WHERE tool_instance_id = :instance ORDER BY seq")
            .bind("instance", instance.value()).setMaxRows(1).mapTo(String.class).findFirst()
            .ifPresent(oldest -> keyUpdate(h, SET_DEFAULT, instance, new SshKeyId(oldest)).execute());
      }
      return true;
    });
  }

  /** Locks the instance row for this transaction; false when the instance does not exist. */
  private static boolean lock(Handle h, ToolInstanceId instance) {
    return h.createQuery(LOCK_INSTANCE).bind("instance", instance.value()).mapTo(Long.class).findOne().isPresent();
  }

  private Optional<SealedSshKey> one(Handle h, ToolInstanceId instance, SshKeyId id) {
    return h.createQuery(ONE).bind("instance", instance.value()).bind("id", id.value()).map(this::map).findOne();
  }

  private static Update keyUpdate(Handle h, String sql, ToolInstanceId instance, SshKeyId id) {
    return h.createUpdate(sql).bind("instance", instance.value()).bind("id", id.value());
  }

  private SealedSshKey map(ResultSet rs, StatementContext ctx) throws SQLException {
    SshKey key = new SshKey(
        new SshKeyId(rs.getString("id")),
        rs.getString("name"),
        rs.getBoolean("is_default"),
        Timestamps.read(rs, "created_at"));
    return new SealedSshKey(key, rs.getString("private_key"));
  }
}
