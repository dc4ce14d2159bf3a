package dev.akmatori.app;

import dev.akmatori.adapter.persistence.AesGcmSecretCipher;
import dev.akmatori.adapter.persistence.EncryptionKeys;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.auth.AdminAccount;
import dev.akmatori.application.auth.ApiKeyService;
import dev.akmatori.application.auth.JwtSecretSource;
import dev.akmatori.application.auth.LoginService;
import dev.akmatori.application.auth.LoginThrottle;
import dev.akmatori.application.auth.PasswordHasher;
import dev.akmatori.application.secret.EncryptionKeyCheck;
import dev.akmatori.application.secret.SecretCipher;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets and access (contract §1.7, §2): the cipher of secrets at rest, checked against the
 * database's key before anything is read; the JWT secret; the admin account; API keys and login.
 */
final class SecurityWiring {
  private static final Logger LOG = LoggerFactory.getLogger(SecurityWiring.class);

  final SecretCipher cipher;
  final byte[] jwtSecret;
  final AdminAccount admin;
  final ApiKeyService apiKeys;
  final LoginService login;

  private SecurityWiring(
      SecretCipher cipher, byte[] jwtSecret, AdminAccount admin, ApiKeyService apiKeys, LoginService login) {
    this.cipher = cipher;
    this.jwtSecret = jwtSecret;
    this.admin = admin;
    this.apiKeys = apiKeys;
    this.login = login;
  }

  /** Refuses to start with another encryption key than the one the stored secrets were written with. */
  static SecurityWiring create(AppConfig config, PersistenceAdapter persistence, SecureRandom random, Clock clock) {
    SecretCipher cipher = new AesGcmSecretCipher(EncryptionKeys.load(config.encryptionKey(), config.dataDir()));
    new EncryptionKeyCheck(persistence.settings(), cipher).verify();
    if (persistence.isPostgres() && config.encryptionKey().isEmpty()) {
      LOG.warn(
          "AKMATORI_ENCRYPTION_KEY is unset: several replicas on one PostgreSQL need the same"
              + " AKMATORI_ENCRYPTION_KEY");
    }
    byte[] jwtSecret = JwtSecretSource.resolve(config.jwtSecret(), persistence.settings(), cipher, random);
    AdminAccount admin =
        new AdminAccount(config.adminUsername(), config.adminPassword(), persistence.settings(), new PasswordHasher(random));
    admin.ensurePassword(random);
    return new SecurityWiring(
        cipher, jwtSecret, admin, new ApiKeyService(persistence.apiKeys(), random, clock),
        new LoginService(admin, new LoginThrottle(clock)));
  }
}
