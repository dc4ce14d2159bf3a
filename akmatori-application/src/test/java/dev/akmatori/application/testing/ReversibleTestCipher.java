package dev.akmatori.application.testing;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.secret.SecretDecryptionException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A keyed stand-in for the AES cipher in service tests: reversible, tagged with its key so that a
 * different key fails to decrypt. Not encryption; never use outside tests.
 */
public final class ReversibleTestCipher implements SecretCipher {
  private final String key;

  public ReversibleTestCipher(String key) {
    this.key = key;
  }

  @Override
  public String encrypt(String plain) {
    return "test:" + key + ":" + Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String decrypt(String stored) {
    String prefix = "test:" + key + ":";
    if (!stored.startsWith(prefix)) {
      throw new SecretDecryptionException("wrong key", null);
    }
    return new String(Base64.getDecoder().decode(stored.substring(prefix.length())), StandardCharsets.UTF_8);
  }
}
