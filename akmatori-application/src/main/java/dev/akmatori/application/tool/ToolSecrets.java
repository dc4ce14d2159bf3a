package dev.akmatori.application.tool;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.domain.shared.Secret;
import dev.akmatori.domain.tool.ToolType;
import java.util.Map;

/**
 * Seals tool secrets for storage and opens them after (contract §1.7): every secret property of
 * the type's schema inside the settings, and SSH private keys.
 */
final class ToolSecrets {
  private final SecretCipher cipher;

  ToolSecrets(SecretCipher cipher) {
    this.cipher = cipher;
  }

  Map<String, Object> seal(ToolType type, Map<String, ?> clear) {
    return type.settingsSchema().transformSecrets(clear, cipher::encrypt);
  }

  /** @throws dev.akmatori.application.secret.SecretDecryptionException when the key does not match */
  Map<String, Object> open(ToolType type, Map<String, ?> sealed) {
    return type.settingsSchema().transformSecrets(sealed, cipher::decrypt);
  }

  String seal(Secret privateKey) {
    return cipher.encrypt(privateKey.reveal());
  }

  Secret open(String sealedPrivateKey) {
    return Secret.of(cipher.decrypt(sealedPrivateKey));
  }
}
