package dev.akmatori.application.secret;

import dev.akmatori.application.settings.SettingsRepository;

/**
 * Proves at startup that this process holds the same encryption key as the data already stored
 * (contract §1.7): the first process stores an encrypted check value; every later one must decrypt
 * it.
 */
public final class EncryptionKeyCheck {
  static final String KEY = "security.encryption_check";
  private static final String CHECK_VALUE = "akmatori-encryption-check-v1";

  private final SettingsRepository settings;
  private final SecretCipher cipher;

  public EncryptionKeyCheck(SettingsRepository settings, SecretCipher cipher) {
    this.settings = settings;
    this.cipher = cipher;
  }

  /**
   * Stores the check value when none exists, else verifies it.
   *
   * @throws IllegalStateException when the stored check value was encrypted with another key
   */
  public void verify() {
    String stored = settings.saveIfAbsent(KEY, cipher.encrypt(CHECK_VALUE));
    String decrypted;
    try {
      decrypted = cipher.decrypt(stored);
    } catch (SecretDecryptionException e) {
      throw new IllegalStateException(
          "The encryption key does not match the one that encrypted the stored secrets;"
              + " start with the original AKMATORI_ENCRYPTION_KEY or encryption.key",
          e);
    }
    if (!CHECK_VALUE.equals(decrypted)) {
      throw new IllegalStateException("The stored encryption check value is corrupt");
    }
  }
}
