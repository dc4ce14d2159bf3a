package dev.akmatori.domain.tool.sshkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.testing.TestSshKeys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed, truncated, tampered and crafted input is refused quietly and cheaply, never thrown. */
class PrivateKeysHostileInputTest {
  private static final String BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----\n";
  private static final String END = "\n-----END OPENSSH PRIVATE KEY-----\n";
  private static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @ValueSource(strings = {
    "", "   ", "hello", "-----BEGIN OPENSSH PRIVATE KEY-----",
    "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----",
    "-----BEGIN OPENSSH PRIVATE KEY-----\n!!!!\n-----END OPENSSH PRIVATE KEY-----",
    "-----BEGIN PRIVATE KEY-----\nMA==\n-----END PRIVATE KEY-----",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJB\n-----END RSA PRIVATE KEY-----",
    "-----BEGIN EC PRIVATE KEY-----\nMAMCAQE=\n-----END EC PRIVATE KEY-----",
    "-----BEGIN DSA PRIVATE KEY-----\nMAMCAQA=\n-----END DSA PRIVATE KEY-----"
  })
  void garbage_isRefused(String text) {
    assertThat(PrivateKeys.algorithmOf(text)).isEmpty();
    assertThat(PrivateKeys.algorithmOf(null)).isEmpty();
  }

  @Test
  void textBeforeOrAfterTheBlock_isRefused() {
    String key = TestSshKeys.ed25519();

    assertThat(PrivateKeys.isAcceptable("Bag Attributes\n" + key)).isFalse();
    assertThat(PrivateKeys.isAcceptable(key + "trailing words\n")).isFalse();
  }

  @Test
  void truncatedKeys_areRefused_atEveryLength() {
    String body = body(TestSshKeys.ed25519());
    for (int cut = 4; cut < body.length(); cut += 4) {
      assertThat(PrivateKeys.isAcceptable(armor(body.substring(0, cut)))).as("cut at %d", cut).isFalse();
    }
  }

  @Test
  void everySingleFlippedByte_isRefused() {
    byte[] container = Base64.getDecoder().decode(body(TestSshKeys.ed25519()));
    for (int i = 0; i < container.length; i++) {
      byte[] tampered = container.clone();
      tampered[i] ^= 0x01;
      boolean commentByte = isInComment(container, i);
      assertThat(PrivateKeys.isAcceptable(armor(tampered)))
          .as("byte %d flipped", i)
          .isEqualTo(commentByte);
    }
  }

  @Test
  void aForeignSeedBehindTheRightPublicKey_failsTheSignatureCheck() {
    byte[] container = Base64.getDecoder().decode(body(TestSshKeys.ed25519()));
    byte[] other = Base64.getDecoder().decode(body(TestSshKeys.otherEd25519()));
    int seed = seedOffset(container);
    System.arraycopy(other, seedOffset(other), container, seed, 32);

    assertThat(PrivateKeys.isAcceptable(armor(container))).isFalse();
  }

  @Test
  void hugeLengthFields_areRefusedWithoutAllocating() {
    byte[] crafted = concat(MAGIC, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});

    assertThat(PrivateKeys.isAcceptable(armor(crafted))).isFalse();
    assertThat(PrivateKeys.isAcceptable("-----BEGIN PRIVATE KEY-----\nMIT/////\n-----END PRIVATE KEY-----")).isFalse();
  }

  @Test
  void randomBytesInsideTheArmor_areRefused() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(600)];
      random.nextBytes(bytes);
      byte[] withMagic = random.nextBoolean() ? concat(MAGIC, bytes) : bytes;
      assertThat(PrivateKeys.isAcceptable(armor(withMagic))).isFalse();
      assertThat(PrivateKeys.isAcceptable("-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder().encodeToString(bytes) + "\n-----END PRIVATE KEY-----")).isFalse();
    }
  }

  @Test
  void overlongText_isRefusedBeforeParsing() {
    String key = TestSshKeys.ed25519();
    String padded = key + " ".repeat(PrivateKeys.MAX_LENGTH);

    assertThat(PrivateKeys.isAcceptable(padded)).isFalse();
  }

  @Test
  void aTamperedRsaModulusInPem_isRefused() {
    String pem = TestSshKeys.sshKeygen("-t", "rsa", "-b", "2048", "-m", "PEM");
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(base64);
    der[20] ^= 0x10; // inside the modulus
    String tampered = "-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
        + "\n-----END RSA PRIVATE KEY-----\n";

    assertThat(PrivateKeys.isAcceptable(pem)).isTrue();
    assertThat(PrivateKeys.isAcceptable(tampered)).isFalse();
  }

  private static String body(String key) {
    return key.replace(BEGIN.strip(), "").replace(END.strip(), "").replaceAll("\\s", "");
  }

  private static String armor(String base64) {
    return BEGIN + base64 + END;
  }

  private static String armor(byte[] container) {
    return armor(Base64.getEncoder().encodeToString(container));
  }

  /** Offsets inside the container: magic, cipher, kdf, kdfopts, count, public blob, private section. */
  private static int privateSectionStart(byte[] c) {
    int pos = MAGIC.length;
    for (int i = 0; i < 3; i++) {
      pos += 4 + length(c, pos);
    }
    pos += 4;
    pos += 4 + length(c, pos);
    return pos + 4;
  }

  /** checkint, checkint, type, public key, then the 64-byte secret whose first half is the seed. */
  private static int seedOffset(byte[] c) {
    int pos = privateSectionStart(c) + 8;
    pos += 4 + length(c, pos);
    pos += 4 + length(c, pos);
    return pos + 4;
  }

  private static boolean isInComment(byte[] c, int index) {
    int comment = seedOffset(c) + 64;
    return index >= comment + 4 && index < comment + 4 + length(c, comment);
  }

  private static int length(byte[] c, int pos) {
    return ((c[pos] & 0xff) << 24) | ((c[pos + 1] & 0xff) << 16) | ((c[pos + 2] & 0xff) << 8) | (c[pos + 3] & 0xff);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return Arrays.copyOf(out.toByteArray(), a.length + b.length);
  }
}
