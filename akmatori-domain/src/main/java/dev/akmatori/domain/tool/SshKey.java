package dev.akmatori.domain.tool;

import java.time.Instant;
import java.util.Objects;

/**
 * An SSH key of an {@code ssh} tool instance as shown by the API (contract §3.4.3). The private key
 * is write-only and lives elsewhere ({@link SshCredential}).
 */
public record SshKey(SshKeyId id, String name, boolean isDefault, Instant createdAt) {
  public SshKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
