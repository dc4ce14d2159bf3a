package dev.akmatori.domain.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A machine credential (contract §2.4). Only the SHA-256 hash of the key is kept; {@code prefix} is
 * its first eight characters, for display.
 */
public record ApiKey(
    ApiKeyId id,
    String name,
    String prefix,
    String keyHash,
    boolean enabled,
    Instant createdAt,
    Instant lastUsedAt) {

  /** {@code last_used_at} is written at most this often per key. */
  public static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(keyHash, "keyHash");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** True when a use at {@code now} should be recorded as {@code last_used_at}. */
  public boolean shouldRecordUse(Instant now) {
    return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USED_RESOLUTION));
  }
}
