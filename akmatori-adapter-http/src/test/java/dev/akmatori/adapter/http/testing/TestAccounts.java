package dev.akmatori.adapter.http.testing;

import dev.akmatori.application.auth.AdminAccount;
import dev.akmatori.application.auth.PasswordHasher;
import dev.akmatori.application.settings.InMemorySettingsRepository;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Admin accounts for tests. PBKDF2 at 210,000 iterations costs a noticeable fraction of a second per
 * hash, so the standard account is built once per JVM and its password is never changed.
 */
public final class TestAccounts {
  public static final String USERNAME = "admin";
  public static final String PASSWORD = "correct horse battery staple";
  /** The settings key AdminAccount stores the hash under (package-private in the application). */
  private static final String HASH_KEY = "auth.admin_password_hash";

  private static AdminAccount standard;

  private TestAccounts() {}

  /** The shared account with {@link #PASSWORD} stored; do not change its password. */
  public static synchronized AdminAccount standard() {
    if (standard == null) {
      standard = withStoredPassword(PASSWORD);
    }
    return standard;
  }

  /** A fresh account whose stored hash is {@code password}, no environment password. */
  public static AdminAccount withStoredPassword(String password) {
    PasswordHasher hasher = new PasswordHasher(new SecureRandom());
    InMemorySettingsRepository settings = new InMemorySettingsRepository();
    settings.save(HASH_KEY, hasher.hash(password));
    return new AdminAccount(USERNAME, Optional.empty(), settings, hasher);
  }

  /** A fresh account whose password comes from AKMATORI_ADMIN_PASSWORD. */
  public static AdminAccount withEnvironmentPassword(String password) {
    PasswordHasher hasher = new PasswordHasher(new SecureRandom());
    return new AdminAccount(
        USERNAME, Optional.of(password), new InMemorySettingsRepository(), hasher);
  }
}
