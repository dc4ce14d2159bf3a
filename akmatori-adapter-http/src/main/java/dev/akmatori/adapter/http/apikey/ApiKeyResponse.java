package dev.akmatori.adapter.http.apikey;

import dev.akmatori.domain.auth.ApiKey;
import java.time.Instant;

/** The ApiKey shape of contract §2.4 without {@code key}: the hash is never shown. */
record ApiKeyResponse(
    long id, String name, String prefix, boolean enabled, Instant createdAt, Instant lastUsedAt) {

  static ApiKeyResponse from(ApiKey key) {
    return new ApiKeyResponse(
        key.id().value(),
        key.name(),
        key.prefix(),
        key.enabled(),
        key.createdAt(),
        key.lastUsedAt());
  }
}
