package dev.akmatori.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.settings.InMemorySettingsRepository;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.ValidationException;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminAccountTest {
  private final PasswordHasher hasher = new PasswordHasher(new SecureRandom());

  @Test
  void hashes_arePbkdf2WithSalt_andVerify() {
    String a = hasher.hash("correct horse");
    String b = hasher.hash("correct horse");

    assertThat(a).startsWith("pbkdf2-sha256$210000$").isNotEqualTo(b);
    assertThat(hasher.matches("correct horse", a)).isTrue();
    assertThat(hasher.matches("wrong", a)).isFalse();
    assertThat(hasher.matches("x", "garbage")).isFalse();
    assertThat(hasher.matches("x", "pbkdf2-sha256$x$y$z")).isFalse();
  }

  @Test
  void withoutVariableOrHash_aPasswordIsGeneratedOnce_andStoredHashed() {
    InMemorySettingsRepository settings = new InMemorySettingsRepository();
    AdminAccount account = new AdminAccount("admin", Optional.empty(), settings, hasher);

    account.ensurePassword(new SecureRandom());
    String stored = settings.find(AdminAccount.PASSWORD_HASH_KEY).orElseThrow();
    account.ensurePassword(new SecureRandom());

    assertThat(stored).startsWith("pbkdf2-sha256$");
    assertThat(settings.find(AdminAccount.PASSWORD_HASH_KEY)).contains(stored);
  }

  @Test
  void variablePassword_winsOverTheStoredHash_andIsNotPersisted() {
    InMemorySettingsRepository settings = new InMemorySettingsRepository();
    settings.save(AdminAccount.PASSWORD_HASH_KEY, hasher.hash("stored-password"));
    AdminAccount account = new AdminAccount("admin", Optional.of("from-env-password"), settings, hasher);

    account.ensurePassword(new SecureRandom());

    assertThat(account.checkCredentials("admin", "from-env-password")).isTrue();
    assertThat(account.checkCredentials("admin", "stored-password")).isFalse();
    assertThat(account.checkCredentials("root", "from-env-password")).isFalse();
    assertThatThrownBy(() -> account.changePassword("from-env-password", "a-new-long-password"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Admin password is set by AKMATORI_ADMIN_PASSWORD");
  }

  @Test
  void changePassword_checksFieldsThenCurrentPassword() {
    InMemorySettingsRepository settings = new InMemorySettingsRepository();
    settings.save(AdminAccount.PASSWORD_HASH_KEY, hasher.hash("old-password-1"));
    AdminAccount account = new AdminAccount("admin", Optional.empty(), settings, hasher);

    assertThatThrownBy(() -> account.changePassword("", "short"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details())
                .containsEntry("current_password", "is required")
                .containsEntry("new_password", "must be at least 12 characters"));
    assertThatThrownBy(() -> account.changePassword("wrong-password", "new-password-12"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsEntry("current_password", "is incorrect"));

    account.changePassword("old-password-1", "new-password-12");

    assertThat(account.checkCredentials("admin", "new-password-12")).isTrue();
    assertThat(account.checkCredentials("admin", "old-password-1")).isFalse();
  }
}
