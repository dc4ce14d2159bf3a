package dev.akmatori.adapter.http.apikey;

import dev.akmatori.application.auth.ManageApiKeys.CreatedApiKey;
import dev.akmatori.domain.auth.ApiKey;
import java.time.Instant;

/** The 201 answer of {@code POST /api/api-keys}: the only place the clear {@code key} appears. */
record CreatedApiKeyResponse(
    long id,
    String name,
    String prefix,
    boolean enabled,
    Instant createdAt,
    Instant lastUsedAt,
    String key) {

  static CreatedApiKeyResponse from(CreatedApiKey created) {
    ApiKey k = created.apiKey();
    return new CreatedApiKeyResponse(
        k.id().value(),
        k.name(),
        k.prefix(),
        k.enabled(),
        k.createdAt(),
        k.lastUsedAt(),
        created.rawKey().reveal());
  }
}
