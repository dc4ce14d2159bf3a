package dev.akmatori.application.auth;

import dev.akmatori.domain.auth.ApiKey;
import dev.akmatori.domain.auth.ApiKeyId;
import dev.akmatori.domain.auth.ApiKeyName;
import dev.akmatori.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The in-memory fake of {@link ApiKeyRepository}; names are unique as in the database. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {
  private final Map<Long, ApiKey> rows = new TreeMap<>();
  private long sequence;

  @Override
  public synchronized ApiKey create(ApiKeyName name, String prefix, String keyHash, Instant now) {
    requireFreeName(name.value(), -1);
    ApiKey key = new ApiKey(new ApiKeyId(++sequence), name.value(), prefix, keyHash, true, now, null);
    rows.put(key.id().value(), key);
    return key;
  }

  @Override
  public synchronized Optional<ApiKey> find(ApiKeyId id) {
    return Optional.ofNullable(rows.get(id.value()));
  }

  @Override
  public synchronized Optional<ApiKey> findByHash(String keyHash) {
    return rows.values().stream().filter(k -> k.keyHash().equals(keyHash)).findFirst();
  }

  @Override
  public synchronized List<ApiKey> list() {
    return rows.values().stream().sorted(Comparator.comparingLong(k -> k.id().value())).toList();
  }

  @Override
  public synchronized Optional<ApiKey> update(
      ApiKeyId id, Optional<ApiKeyName> name, Optional<Boolean> enabled) {
    ApiKey old = rows.get(id.value());
    if (old == null) {
      return Optional.empty();
    }
    name.ifPresent(n -> requireFreeName(n.value(), id.value()));
    ApiKey updated =
        new ApiKey(
            old.id(),
            name.map(ApiKeyName::value).orElse(old.name()),
            old.prefix(),
            old.keyHash(),
            enabled.orElse(old.enabled()),
            old.createdAt(),
            old.lastUsedAt());
    rows.put(id.value(), updated);
    return Optional.of(updated);
  }

  @Override
  public synchronized boolean delete(ApiKeyId id) {
    return rows.remove(id.value()) != null;
  }

  @Override
  public synchronized void recordUse(ApiKeyId id, Instant now) {
    rows.computeIfPresent(
        id.value(),
        (k, old) ->
            new ApiKey(old.id(), old.name(), old.prefix(), old.keyHash(), old.enabled(), old.createdAt(), now));
  }

  private void requireFreeName(String name, long exceptId) {
    boolean taken = rows.values().stream().anyMatch(k -> k.name().equals(name) && k.id().value() != exceptId);
    if (taken) {
      throw new ConflictException(ManageApiKeys.duplicateName(name));
    }
  }
}
