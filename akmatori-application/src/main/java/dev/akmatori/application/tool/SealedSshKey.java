package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.SshKey;
import java.util.Objects;

/** An SSH key with its private key as stored: a {@code SecretCipher} text. */
public record SealedSshKey(SshKey key, String sealedPrivateKey) {
  public SealedSshKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(sealedPrivateKey, "sealedPrivateKey");
  }

  @Override
  public String toString() {
    return "SealedSshKey[" + key + "]";
  }
}
