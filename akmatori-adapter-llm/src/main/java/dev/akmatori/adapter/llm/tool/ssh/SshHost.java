package dev.akmatori.adapter.llm.tool.ssh;

import java.util.Objects;
import java.util.Optional;

/**
 * One target with the settings' defaults applied: a configured {@code ssh_hosts[]} entry or an
 * ad-hoc target. {@code keyId} is empty when the instance's default key is to be used.
 */
record SshHost(
    String hostname,
    String address,
    String user,
    int port,
    Optional<String> keyId,
    Optional<JumpHost> jump,
    boolean allowWrite) {

  SshHost {
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(jump, "jump");
  }

  /** The bastion a host is reached through; its user defaults to the host's user. */
  record JumpHost(String address, String user, int port) {
    JumpHost {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(user, "user");
    }
  }
}
