package dev.akmatori.adapter.http.tool;

import dev.akmatori.domain.tool.SshKey;
import java.time.Instant;

/** The SSHKey shape of contract §3.4.3; the private key is write-only and never part of it. */
record SshKeyResponse(String id, String name, boolean isDefault, Instant createdAt) {
  static SshKeyResponse from(SshKey key) {
    return new SshKeyResponse(key.id().value(), key.name(), key.isDefault(), key.createdAt());
  }
}
