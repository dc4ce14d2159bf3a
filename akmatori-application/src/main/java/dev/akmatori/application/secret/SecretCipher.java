package dev.akmatori.application.secret;

/**
 * Encrypts secrets for storage (contract §1.7: AES-256-GCM, {@code enc:v1:} + base64). Thread-safe.
 */
public interface SecretCipher {
  /** The stored form of {@code plain}; a fresh nonce each call, so equal inputs differ. */
  String encrypt(String plain);

  /**
   * The clear value of a stored form.
   *
   * @throws SecretDecryptionException when the text is not ours or the key does not match
   */
  String decrypt(String stored);
}
