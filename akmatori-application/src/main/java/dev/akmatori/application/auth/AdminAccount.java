package dev.akmatori.application.auth;

import dev.akmatori.application.settings.SettingsRepository;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.ValidationException;
import dev.akmatori.domain.shared.Violations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
  private final boolean passwordFromEnvironment;
  private final SettingsRepository settings;
  private final PasswordHasher hasher;
  /**
   * The hash of the variable's password (when set) and a decoy hash, computed on a daemon thread
   * from construction on: two PBKDF2 runs of 210,000 iterations cost about 0.4 s of the main
   * thread's CPU in a cold start, before the JIT has compiled them (ADR 0027). The first login
   * waits for them.
   */
  private final CompletableFuture<Hashes> hashes;

  /**
   * {@code environment}: the hash of {@code AKMATORI_ADMIN_PASSWORD}, when set. {@code decoy}: a
   * hash of nothing anyone knows, checked when the username is wrong so timing tells nothing.
   */
  private record Hashes(Optional<String> environment, String decoy) {}

  public AdminAccount(
      String username,
      Optional<String> environmentPassword,
      SettingsRepository settings,
      PasswordHasher hasher) {
    this.username = username;
    this.settings = settings;
    this.hasher = hasher;
    Optional<String> password = environmentPassword.filter(p -> !p.isEmpty());
    this.passwordFromEnvironment = password.isPresent();
    String decoy = "decoy-" + System.nanoTime();
    this.hashes =
        CompletableFuture.supplyAsync(
            () -> new Hashes(password.map(hasher::hash), hasher.hash(decoy)), AdminAccount::onDaemonThread);
  }

  private static void onDaemonThread(Runnable task) {
    Thread thread = new Thread(task, "akmatori-admin-password-hash");
    thread.setDaemon(true);
    thread.start();
  }

  public String username() {
    return username;
  }

  /**
   * Makes sure a password exists: when neither the variable nor a stored hash is there, generates one,
   * stores its hash and logs it once at WARN. Call once at startup.
   */
  public void ensurePassword(SecureRandom random) {
    if (passwordFromEnvironment || settings.find(PASSWORD_HASH_KEY).isPresent()) {
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
    String decoy = hashes.join().decoy();
    String hash = userMatches ? currentHash().orElse(decoy) : decoy;
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
    if (passwordFromEnvironment) {
      throw new ConflictException("Admin password is set by AKMATORI_ADMIN_PASSWORD");
    }
    if (!checkCredentials(username, current)) {
      throw ValidationException.of("current_password", "is incorrect");
    }
    settings.save(PASSWORD_HASH_KEY, hasher.hash(replacement));
  }

  private Optional<String> currentHash() {
    return passwordFromEnvironment ? hashes.join().environment() : settings.find(PASSWORD_HASH_KEY);
  }
}
