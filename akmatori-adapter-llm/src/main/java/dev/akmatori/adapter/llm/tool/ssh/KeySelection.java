package dev.akmatori.adapter.llm.tool.ssh;

import dev.akmatori.domain.tool.SshCredential;
import java.util.List;

/** §6.1 key choice: the host's {@code key_id}, else the instance's default key. */
final class KeySelection {
  static final String NOT_CONFIGURED = "SSH private key not configured";

  private KeySelection() {}

  static SshCredential select(SshHost host, List<SshCredential> keys) throws SshFailure {
    if (host.keyId().isPresent()) {
      String id = host.keyId().get();
      return keys.stream()
          .filter(k -> k.key().id().value().equals(id))
          .findFirst()
          .orElseThrow(() -> new SshFailure(NOT_CONFIGURED + ": key '" + id + "' not found"));
    }
    return keys.stream()
        .filter(k -> k.key().isDefault())
        .findFirst()
        .or(() -> keys.stream().findFirst())
        .orElseThrow(() -> new SshFailure(NOT_CONFIGURED));
  }
}
