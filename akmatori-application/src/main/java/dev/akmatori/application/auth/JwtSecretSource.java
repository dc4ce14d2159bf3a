package dev.akmatori.application.auth;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.settings.SettingsRepository;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 signing key (contract §2.2): the UTF-8 bytes of {@code AKMATORI_JWT_SECRET}, else 32
 * random bytes generated once and stored (encrypted) so tokens survive restarts and work on every
 * replica.
 */
public final class JwtSecretSource {
  static final String KEY = "auth.jwt_secret";
  private static final int GENERATED_BYTES = 32;
  private static final Logger LOG = LoggerFactory.getLogger(JwtSecretSource.class);

  private JwtSecretSource() {}

  public static byte[] resolve(
      Optional<String> configured,
      SettingsRepository settings,
      SecretCipher cipher,
      SecureRandom random) {
    if (configured.isPresent() && !configured.get().isEmpty()) {
      byte[] key = configured.get().getBytes(StandardCharsets.UTF_8);
      if (key.length < 32) {
        LOG.warn("AKMATORI_JWT_SECRET is shorter than 32 bytes; use a longer random secret");
      }
      return key;
    }
    byte[] fresh = new byte[GENERATED_BYTES];
    random.nextBytes(fresh);
    String stored =
        settings.saveIfAbsent(KEY, cipher.encrypt(Base64.getEncoder().encodeToString(fresh)));
    return Base64.getDecoder().decode(cipher.decrypt(stored));
  }
}
