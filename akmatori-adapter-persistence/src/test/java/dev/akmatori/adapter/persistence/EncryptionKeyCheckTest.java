package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.secret.EncryptionKeyCheck;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application's startup key check, run with the real cipher over the H2 settings table. */
class EncryptionKeyCheckTest {
  private TestDatabase database;

  @BeforeEach
  void openDatabase() {
    database = TestDatabases.h2();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void theSameKey_verifiesOnEveryStart_andOnlyCiphertextIsStored() {
    AesGcmSecretCipher cipher = new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1));

    new EncryptionKeyCheck(database.adapter().settings(), cipher).verify();
    new EncryptionKeyCheck(database.adapter().settings(), new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1))).verify();

    assertThat(storedValues()).singleElement().asString().startsWith("enc:v1:").doesNotContain("akmatori");
  }

  @Test
  void aDifferentKey_failsTheCheck() {
    new EncryptionKeyCheck(database.adapter().settings(), new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1))).verify();
    EncryptionKeyCheck otherKey =
        new EncryptionKeyCheck(database.adapter().settings(), new AesGcmSecretCipher(AesGcmSecretCipherTest.key(2)));

    assertThatThrownBy(otherKey::verify)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AKMATORI_ENCRYPTION_KEY");
  }

  private List<String> storedValues() {
    return database.adapter().jdbi().withHandle(h -> h.createQuery("SELECT \"value\" FROM settings").mapTo(String.class).list());
  }
}
