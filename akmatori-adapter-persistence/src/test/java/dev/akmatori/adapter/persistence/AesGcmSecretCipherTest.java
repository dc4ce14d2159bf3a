package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.secret.SecretDecryptionException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AesGcmSecretCipherTest {
  private static final byte[] KEY = key(1);
  private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(KEY);

  @ParameterizedTest
  @ValueSource(strings = {"", "sk-abc123xyz", "Ünïcode 日本語 🚀", "line\nbreaks\u0000and nul"})
  void encryptThenDecrypt_returnsTheOriginal(String plain) {
    assertThat(cipher.decrypt(cipher.encrypt(plain))).isEqualTo(plain);
  }

  @Test
  void theStoredForm_isPrefixedBase64OfNonceCiphertextAndTag() {
    String plain = "sk-abc123xyz";

    String stored = cipher.encrypt(plain);

    assertThat(stored).startsWith("enc:v1:").doesNotContain(plain);
    byte[] raw = Base64.getDecoder().decode(stored.substring("enc:v1:".length()));
    assertThat(raw).hasSize(12 + plain.getBytes(StandardCharsets.UTF_8).length + 16);
  }

  @Test
  void everyEncryption_usesAFreshNonce() {
    Set<String> stored = new HashSet<>();
    Set<String> nonces = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String s = cipher.encrypt("same value");
      stored.add(s);
      nonces.add(Arrays.toString(Arrays.copyOf(Base64.getDecoder().decode(s.substring(7)), 12)));
    }

    assertThat(stored).hasSize(1_000);
    assertThat(nonces).hasSize(1_000);
  }

  @Test
  void flippingAnyBit_inNonceCiphertextOrTag_isDetected() {
    byte[] raw = Base64.getDecoder().decode(cipher.encrypt("secret").substring(7));
    for (int i = 0; i < raw.length; i++) {
      byte[] tampered = raw.clone();
      tampered[i] ^= 0x01;
      String text = "enc:v1:" + Base64.getEncoder().encodeToString(tampered);

      assertThatThrownBy(() -> cipher.decrypt(text)).isInstanceOf(SecretDecryptionException.class);
    }
  }

  @Test
  void anotherKey_cannotDecrypt() {
    String stored = cipher.encrypt("secret");

    assertThatThrownBy(() -> new AesGcmSecretCipher(key(2)).decrypt(stored))
        .isInstanceOf(SecretDecryptionException.class)
        .hasMessageNotContaining(stored.substring("enc:v1:".length()));
  }

  @Test
  void foreignTruncatedOrMalformedText_isADecryptionFailure() {
    String valid = cipher.encrypt("secret");
    String[] bad = {
      null, "", "plain text", "enc:v2:" + valid.substring(7), "enc:v1:", "enc:v1:!!!not-base64!!!",
      "enc:v1:" + Base64.getEncoder().encodeToString(new byte[27]), valid.substring(0, valid.length() - 4)
    };
    for (String text : bad) {
      assertThatThrownBy(() -> cipher.decrypt(text)).isInstanceOf(SecretDecryptionException.class);
    }
  }

  @Test
  void keysMustHaveExactly32Bytes_andTheCallersArrayIsNotKept() {
    byte[] mutable = key(3);
    AesGcmSecretCipher own = new AesGcmSecretCipher(mutable);
    String stored = own.encrypt("x");
    Arrays.fill(mutable, (byte) 0);

    assertThat(own.decrypt(stored)).isEqualTo("x");
    assertThatThrownBy(() -> new AesGcmSecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AesGcmSecretCipher(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AesGcmSecretCipher(null)).isInstanceOf(IllegalArgumentException.class);
  }

  static byte[] key(int seed) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) seed);
    key[0] = (byte) (seed * 7);
    return key;
  }
}
