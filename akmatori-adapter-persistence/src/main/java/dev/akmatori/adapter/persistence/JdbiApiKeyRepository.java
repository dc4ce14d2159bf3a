package dev.akmatori.adapter.persistence;

import dev.akmatori.application.auth.ApiKeyRepository;
import dev.akmatori.application.auth.ManageApiKeys;
import dev.akmatori.domain.auth.ApiKey;
import dev.akmatori.domain.auth.ApiKeyId;
import dev.akmatori.domain.auth.ApiKeyName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** API keys in the {@code api_keys} table; the unique name constraint reports duplicates. */
final class JdbiApiKeyRepository implements ApiKeyRepository {
  private static final String SELECT =
      "SELECT id, name, prefix, key_hash, enabled, created_at, last_used_at FROM api_keys";
  private static final String BY_ID = SELECT + " WHERE id = :id";
  private static final String BY_HASH = SELECT + " WHERE key_hash = :hash";
  private static final String INSERT =
      """
      INSERT INTO api_keys (name, prefix, key_hash, enabled, created_at)
      VALUES (:name, :prefix, :keyHash, TRUE, :now)
      """;
  private static final String UPDATE =
      """
      UPDATE api_keys
      SET name = COALESCE(CAST(:name AS VARCHAR(512)), name),
          enabled = COALESCE(CAST(:enabled AS BOOLEAN), enabled)
      WHERE id = :id
      """;
  private static final String DELETE = "DELETE FROM api_keys WHERE id = :id";
  private static final String RECORD_USE = "UPDATE api_keys SET last_used_at = :now WHERE id = :id";

  private final Jdbi jdbi;

  JdbiApiKeyRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public ApiKey create(ApiKeyName name, String prefix, String keyHash, Instant now) {
    long id =
        Conflicts.onUniqueViolation(
            ManageApiKeys.duplicateName(name.value()),
            () ->
                jdbi.withHandle(
                    h ->
                        h.createUpdate(INSERT)
                            .bind("name", name.value())
                            .bind("prefix", prefix)
                            .bind("keyHash", keyHash)
                            .bind("now", Timestamps.bind(now))
                            .executeAndReturnGeneratedKeys("id")
                            .mapTo(Long.class)
                            .one()));
    return new ApiKey(new ApiKeyId(id), name.value(), prefix, keyHash, true, Timestamps.stored(now), null);
  }

  @Override
  public Optional<ApiKey> find(ApiKeyId id) {
    return jdbi.withHandle(h -> h.createQuery(BY_ID).bind("id", id.value()).map(this::map).findOne());
  }

  @Override
  public Optional<ApiKey> findByHash(String keyHash) {
    return jdbi.withHandle(
        h -> h.createQuery(BY_HASH).bind("hash", keyHash).map(this::map).findOne());
  }

  @Override
  public List<ApiKey> list() {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY id").map(this::map).list());
  }

  @Override
  public Optional<ApiKey> update(ApiKeyId id, Optional<ApiKeyName> name, Optional<Boolean> enabled) {
    String newName = name.map(ApiKeyName::value).orElse(null);
    // Only a new name can violate a unique constraint, so the message always names it.
    return Conflicts.onUniqueViolation(
        ManageApiKeys.duplicateName(newName == null ? "" : newName),
        () ->
            jdbi.inTransaction(
                h -> {
                  int changed =
                      h.createUpdate(UPDATE)
                          .bind("id", id.value())
                          .bind("name", newName)
                          .bind("enabled", enabled.orElse(null))
                          .execute();
                  return changed == 0
                      ? Optional.<ApiKey>empty()
                      : h.createQuery(BY_ID).bind("id", id.value()).map(this::map).findOne();
                }));
  }

  @Override
  public boolean delete(ApiKeyId id) {
    return jdbi.withHandle(h -> h.createUpdate(DELETE).bind("id", id.value()).execute()) > 0;
  }

  @Override
  public void recordUse(ApiKeyId id, Instant now) {
    jdbi.useHandle(
        h ->
            h.createUpdate(RECORD_USE)
                .bind("id", id.value())
                .bind("now", Timestamps.bind(now))
                .execute());
  }

  private ApiKey map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ApiKey(
        new ApiKeyId(rs.getLong("id")),
        rs.getString("name"),
        rs.getString("prefix"),
        rs.getString("key_hash"),
        rs.getBoolean("enabled"),
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "last_used_at"));
  }
}
