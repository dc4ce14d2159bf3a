package dev.akmatori.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.settings.InMemorySettingsRepository;
import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.shared.ValidationException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginServiceTest {
  private static final AdminAccount ACCOUNT =
      new AdminAccount(
          "admin",
          Optional.of("s3cret-password"),
          new InMemorySettingsRepository(),
          new PasswordHasher(new SecureRandom()));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final LoginService login = new LoginService(ACCOUNT, new LoginThrottle(clock));

  @Test
  void rightCredentials_returnTheUsername() {
    assertThat(login.login("admin", "s3cret-password", "10.0.0.1")).isEqualTo("admin");
  }

  @Test
  void wrongUserOrPassword_getTheSameMessage() {
    assertThatThrownBy(() -> login.login("admin", "nope", "a")).hasMessage("Invalid username or password");
    assertThatThrownBy(() -> login.login("nobody", "s3cret-password", "a"))
        .isInstanceOf(UnauthorizedException.class)
        .hasMessage("Invalid username or password");
  }

  @Test
  void emptyFields_areValidationErrors() {
    assertThatThrownBy(() -> login.login("", null, "a"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsEntry("username", "is required").containsEntry("password", "is required"));
  }

  @Test
  void tenFailures_blockTheAddressForFiveMinutesFromTheTenth_withoutExtension() {
    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> login.login("admin", "bad", "1.2.3.4")).isInstanceOf(UnauthorizedException.class);
    }
    assertThatThrownBy(() -> login.login("admin", "s3cret-password", "1.2.3.4"))
        .isInstanceOf(TooManyRequestsException.class)
        .hasMessage("Too many failed login attempts; try again later");
    assertThat(login.login("admin", "s3cret-password", "5.6.7.8")).isEqualTo("admin");

    clock.advance(Duration.ofMinutes(4));
    assertThatThrownBy(() -> login.ensureAllowed("1.2.3.4")).isInstanceOf(TooManyRequestsException.class);
    clock.advance(Duration.ofMinutes(1));
    assertThat(login.login("admin", "s3cret-password", "1.2.3.4")).isEqualTo("admin");
  }

  @Test
  void failuresOlderThanTheWindow_doNotCount_andSuccessClearsTheCount() {
    for (int i = 0; i < 9; i++) {
      assertThatThrownBy(() -> login.login("admin", "bad", "9.9.9.9")).isInstanceOf(UnauthorizedException.class);
    }
    login.login("admin", "s3cret-password", "9.9.9.9");
    assertThatThrownBy(() -> login.login("admin", "bad", "9.9.9.9")).isInstanceOf(UnauthorizedException.class);
    login.ensureAllowed("9.9.9.9");

    for (int i = 0; i < 8; i++) {
      assertThatThrownBy(() -> login.login("admin", "bad", "9.9.9.9")).isInstanceOf(UnauthorizedException.class);
    }
    clock.advance(Duration.ofMinutes(6));
    assertThatThrownBy(() -> login.login("admin", "bad", "9.9.9.9")).isInstanceOf(UnauthorizedException.class);
    login.ensureAllowed("9.9.9.9");
  }
}
