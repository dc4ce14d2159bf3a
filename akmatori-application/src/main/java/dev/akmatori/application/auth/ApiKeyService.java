package dev.akmatori.application.auth;

import dev.akmatori.domain.auth.ApiKey;
import dev.akmatori.domain.auth.ApiKeyId;
import dev.akmatori.domain.auth.ApiKeyName;
import dev.akmatori.domain.auth.RawApiKey;
import dev.akmatori.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Issues, lists, changes and checks API keys; only their SHA-256 hashes are stored. */
public final class ApiKeyService implements ManageApiKeys {
  private final ApiKeyRepository repository;
  private final RandomGenerator secureRandom;
  private final Clock clock;

  public ApiKeyService(ApiKeyRepository repository, RandomGenerator secureRandom, Clock clock) {
    this.repository = repository;
    this.secureRandom = secureRandom;
    this.clock = clock;
  }

  @Override
  public List<ApiKey> list() {
    return repository.list();
  }

  @Override
  public ApiKey get(ApiKeyId id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  @Override
  public CreatedApiKey create(ApiKeyName name) {
    RawApiKey raw = RawApiKey.generate(secureRandom);
    ApiKey stored = repository.create(name, raw.prefix(), raw.hash(), clock.instant());
    return new CreatedApiKey(stored, raw);
  }

  @Override
  public ApiKey update(ApiKeyId id, Optional<ApiKeyName> name, Optional<Boolean> enabled) {
    return repository.update(id, name, enabled).orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  @Override
  public void delete(ApiKeyId id) {
    if (!repository.delete(id)) {
      throw new NotFoundException(NOT_FOUND);
    }
  }

  @Override
  public Optional<ApiKey> authenticate(String presented) {
    if (presented == null || presented.isEmpty()) {
      return Optional.empty();
    }
    Optional<ApiKey> key =
        repository.findByHash(RawApiKey.presented(presented).hash()).filter(ApiKey::enabled);
    Instant now = clock.instant();
    key.filter(k -> k.shouldRecordUse(now)).ifPresent(k -> repository.recordUse(k.id(), now));
    return key;
  }
}
