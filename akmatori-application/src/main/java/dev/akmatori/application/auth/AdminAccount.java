package dev.akmatori.application.auth;

import dev.akmatori.application.settings.SettingsRepository;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single human account (contract §2.1, §2.3). The password comes from {@code
 * AKMATORI_ADMIN_PASSWORD} (hashed in memory), else the stored hash, else a generated one that is
 * logged once. Thread-safe.
 */
public final class AdminAccount {
  static final String PASSWORD_HASH_KEY = "auth.admin_password_hash";
  static final int MIN_PASSWORD_LENGTH = 12;
  private static final int GENERATED_LENGTH = 24;
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);

  private final String username;
  private final Optional<String> environmentHash;
  private final SettingsRepository settings;
  private final PasswordHasher hasher;
  /** A hash of nothing anyone knows, checked when the username is wrong so timing tells nothing. */
  private final String decoyHash;

  public AdminAccount(
      String username,
      Optional<String> environmentPassword,
      SettingsRepository settings,
      PasswordHasher hasher) {
    this.username = username;
    this.settings = settings;
    this.hasher = hasher;
    this.environmentHash = environmentPassword.filter(p -> !p.isEmpty()).map(hasher::hash);
    this.decoyHash = hasher.hash("decoy-" + System.nanoTime());
  }

  public String username() {
    return username;
  }

  /**
   * Makes sure a password exists: when neither the variable nor a stored hash is there, generates one,
   * stores its hash and logs it once at WARN. Call once at startup.
   */
  public void ensurePassword(SecureRandom random) {
    if (environmentHash.isPresent() || settings.find(PASSWORD_HASH_KEY).isPresent()) {
      return;
    }
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    String stored = settings.saveIfAbsent(PASSWORD_HASH_KEY, hasher.hash(password.toString()));
    if (hasher.matches(password.toString(), stored)) {
      LOG.warn(
          "Generated admin password (shown once, store it now): username={} password={}",
          username,
          password);
    }
  }

  /** True when both parts match; the username is compared in constant time. */
  public boolean checkCredentials(String user, String password) {
    boolean userMatches =
        MessageDigest.isEqual(
            username.getBytes(StandardCharsets.UTF_8), user.getBytes(StandardCharsets.UTF_8));
    String hash = userMatches ? currentHash().orElse(decoyHash) : decoyHash;
    boolean passwordMatches = hasher.matches(password, hash);
    return userMatches && passwordMatches;
  }

  /** {@code PUT /api/auth/password}: the checks of contract §2.3 in their order. */
  public void changePassword(String current, String replacement) {
    Violations v = new Violations();
    if (current == null || current.isEmpty()) {
      v.add("current_password", "is required");
    }
    if (replacement == null || replacement.isEmpty()) {
      v.add("new_password", "is required");
    } else if (replacement.codePointCount(0, replacement.length()) < MIN_PASSWORD_LENGTH) {
      v.add("new_password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    v.throwIfAny();
    if (environmentHash.isPresent()) {
      throw new ConflictException("Admin password is set by AKMATORI_ADMIN_PASSWORD");
    }
    if (!checkCredentials(username, current)) {
      throw ValidationException.of("current_password", "is incorrect");
    }
    settings.save(PASSWORD_HASH_KEY, hasher.hash(replacement));
  }

  private Optional<String> currentHash() {
    return environmentHash.isPresent() ? environmentHash : settings.find(PASSWORD_HASH_KEY);
  }
}
