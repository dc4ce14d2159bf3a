package dev.akmatori.application.auth;

import dev.akmatori.domain.auth.ApiKey;
import dev.akmatori.domain.auth.ApiKeyId;
import dev.akmatori.domain.auth.ApiKeyName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored API keys (hashes only). Thread-safe. A taken name throws {@code ConflictException} with
 * {@link ManageApiKeys#duplicateName}.
 */
public interface ApiKeyRepository {
  ApiKey create(ApiKeyName name, String prefix, String keyHash, Instant now);

  Optional<ApiKey> find(ApiKeyId id);

  Optional<ApiKey> findByHash(String keyHash);

  /** Every key ordered by id. */
  List<ApiKey> list();

  /** Applies the present fields; empty when no such key exists. */
  Optional<ApiKey> update(ApiKeyId id, Optional<ApiKeyName> name, Optional<Boolean> enabled);

  boolean delete(ApiKeyId id);

  /** Records a use; cheap and safe to lose (a later use records again). */
  void recordUse(ApiKeyId id, Instant now);
}
