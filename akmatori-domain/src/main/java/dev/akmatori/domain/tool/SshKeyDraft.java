package dev.akmatori.domain.tool;

import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.shared.Text;
import dev.akmatori.domain.shared.Violations;
import dev.akmatori.domain.tool.sshkey.PrivateKeys;

/**
 * A validated new SSH key (contract §3.4.3): name trimmed, 1–128 code points; the private key an
 * unencrypted OpenSSH or PEM key. Invalid input throws a {@code ValidationException} naming every
 * failing field. The private key is a {@link Secret}, so this record never prints it.
 */
public record SshKeyDraft(String name, Secret privateKey) {
  public static final int MAX_NAME = 128;
  public static final String INVALID_PRIVATE_KEY = "must be an unencrypted OpenSSH or PEM private key";

  public SshKeyDraft {
    Violations v = new Violations();
    name = Text.requiredTrimmed(name, "name", MAX_NAME, v);
    if (privateKey == null || privateKey.reveal().isBlank()) {
      v.add("private_key", "is required");
    } else if (!PrivateKeys.isAcceptable(privateKey.reveal())) {
      v.add("private_key", INVALID_PRIVATE_KEY);
    }
    v.throwIfAny();
  }
}
