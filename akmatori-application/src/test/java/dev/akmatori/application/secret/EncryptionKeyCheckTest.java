package dev.akmatori.application.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.auth.JwtSecretSource;
import dev.akmatori.application.settings.InMemorySettingsRepository;
import dev.akmatori.application.testing.ReversibleTestCipher;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EncryptionKeyCheckTest {
  private final InMemorySettingsRepository settings = new InMemorySettingsRepository();

  @Test
  void firstStart_storesTheCheck_laterStartsWithTheSameKeyPass() {
    new EncryptionKeyCheck(settings, new ReversibleTestCipher("k1")).verify();
    assertThat(settings.find(EncryptionKeyCheck.KEY)).isPresent();

    new EncryptionKeyCheck(settings, new ReversibleTestCipher("k1")).verify();
  }

  @Test
  void anotherKey_refusesToStart() {
    new EncryptionKeyCheck(settings, new ReversibleTestCipher("k1")).verify();

    assertThatThrownBy(() -> new EncryptionKeyCheck(settings, new ReversibleTestCipher("k2")).verify())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("encryption key does not match");
  }

  @Test
  void jwtSecret_fromVariable_orGeneratedOnceAndStoredEncrypted() {
    SecretCipher cipher = new ReversibleTestCipher("k");
    byte[] configured = JwtSecretSource.resolve(Optional.of("abc"), settings, cipher, new SecureRandom());
    byte[] first = JwtSecretSource.resolve(Optional.empty(), settings, cipher, new SecureRandom());
    byte[] second = JwtSecretSource.resolve(Optional.empty(), settings, cipher, new SecureRandom());

    assertThat(configured).containsExactly('a', 'b', 'c');
    assertThat(first).hasSize(32).isEqualTo(second);
    assertThat(settings.find("auth.jwt_secret").orElseThrow()).startsWith("test:k:");
  }
}
