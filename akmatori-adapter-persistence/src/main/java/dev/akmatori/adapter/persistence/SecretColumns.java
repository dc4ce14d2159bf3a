package dev.akmatori.adapter.persistence;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.domain.shared.Secret;

/**
 * How secret columns are written (contract §1.7): {@code ""} for no secret, else the {@link
 * SecretCipher}'s {@code enc:v1:} form. Reading a value another key encrypted throws {@code
 * SecretDecryptionException}; the startup key check makes that a broken installation, not a user
 * error.
 */
final class SecretColumns {
  private final SecretCipher cipher;

  SecretColumns(SecretCipher cipher) {
    this.cipher = cipher;
  }

  String seal(Secret secret) {
    return seal(secret.reveal());
  }

  String seal(String clear) {
    return clear.isEmpty() ? "" : cipher.encrypt(clear);
  }

  Secret open(String stored) {
    return Secret.of(openText(stored));
  }

  String openText(String stored) {
    return stored == null || stored.isEmpty() ? "" : cipher.decrypt(stored);
  }
}
