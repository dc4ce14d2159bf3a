package dev.akmatori.domain.tool;

import dev.akmatori.domain.shared.Secret;
import java.util.Objects;

/** An SSH key with its private key in clear, for the tool gateway alone; never for responses. */
public record SshCredential(SshKey key, Secret privateKey) {
  public SshCredential {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(privateKey, "privateKey");
  }
}
