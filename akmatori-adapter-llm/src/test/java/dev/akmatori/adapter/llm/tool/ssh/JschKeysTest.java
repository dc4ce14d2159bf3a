package dev.akmatori.adapter.llm.tool.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every key form §3.4.3 accepts loads in JSch once normalised; made with openssl at test time. */
class JschKeysTest {
  @TempDir Path dir;

  private static String load(byte[] key) throws Exception {
    return KeyPair.load(new JSch(), key, null).getKeyTypeString();
  }

  @Test
  void aPkcs8Ed25519Key_becomesAnOpenSshKey_withTheSamePublicHalf() throws Exception {
    TestKeys.run(dir, "openssl", "genpkey", "-algorithm", "ed25519", "-out", "k.pem");
    String pem = Files.readString(dir.resolve("k.pem"));
    TestKeys.run(dir, "openssl", "pkey", "-in", "k.pem", "-pubout", "-outform", "DER", "-out", "k.pub.der");

    byte[] converted = JschKeys.forJsch(pem);

    assertThat(new String(converted, StandardCharsets.US_ASCII)).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
    KeyPair pair = KeyPair.load(new JSch(), converted, null);
    assertThat(pair.getKeyTypeString()).isEqualTo("ssh-ed25519");
    byte[] der = Files.readAllBytes(dir.resolve("k.pub.der"));
    byte[] blob = pair.getPublicKeyBlob();
    assertThat(Arrays.copyOfRange(blob, blob.length - 32, blob.length))
        .isEqualTo(Arrays.copyOfRange(der, der.length - 32, der.length));
  }

  @Test
  void anEcKeyLedByEcParameters_andRsaPkcs8_load() throws Exception {
    TestKeys.run(dir, "openssl", "ecparam", "-name", "secp384r1", "-genkey", "-out", "ec.pem");
    TestKeys.run(dir, "openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa.pem");
    String ec = Files.readString(dir.resolve("ec.pem"));
    assertThat(ec).startsWith("-----BEGIN EC PARAMETERS-----");

    assertThat(load(JschKeys.forJsch(ec))).isEqualTo("ecdsa-sha2-nistp384");
    assertThat(load(JschKeys.forJsch(Files.readString(dir.resolve("rsa.pem"))))).isEqualTo("ssh-rsa");
  }

  /**
   * A P-384 key from ssh-keygen whose scalar is below 2^376 (47 bytes as an mpint, about one key
   * in 500): JSch as such takes it for a P-256 key and its signatures do not verify.
   */
  @Test
  void anOpenSshP384KeyWithAShortScalar_isPadded_andSignsOnItsOwnCurve() throws Exception {
    String key = TestKeys.resource("ssh/ecdsa-p384-short-scalar").privateKey();
    byte[] data = "session identifier".getBytes(StandardCharsets.US_ASCII);

    KeyPair asIs = KeyPair.load(new JSch(), key.getBytes(StandardCharsets.US_ASCII), null);
    assertThat(verifies(asIs, data)).as("JSch signs the unpadded key on the wrong curve").isFalse();

    KeyPair padded = KeyPair.load(new JSch(), JschKeys.forJsch(key), null);
    assertThat(padded.getKeyTypeString()).isEqualTo("ecdsa-sha2-nistp384");
    assertThat(padded.getKeySize()).isEqualTo(384);
    assertThat(padded.getPublicKeyBlob()).isEqualTo(asIs.getPublicKeyBlob());
    assertThat(verifies(padded, data)).isTrue();
  }

  @Test
  void keysThatNeedNoPadding_areHandedOverUnchanged() throws Exception {
    TestKeys p384 = TestKeys.ecdsa(dir, "p384");
    TestKeys ed25519 = TestKeys.ed25519(dir, "ed");
    String encrypted = TestKeys.run(dir, "sh", "-c",
        "ssh-keygen -q -t ecdsa -b 384 -N secret-pass -f enc >/dev/null && cat enc");

    for (String key : new String[] {ed25519.privateKey(), encrypted}) {
      assertThat(new String(JschKeys.forJsch(key), StandardCharsets.UTF_8)).isEqualTo(key);
    }
    KeyPair pair = KeyPair.load(new JSch(), JschKeys.forJsch(p384.privateKey()), null);
    assertThat(pair.getKeySize()).isEqualTo(384);
    assertThat(verifies(pair, "x".getBytes(StandardCharsets.US_ASCII))).isTrue();
  }

  private static boolean verifies(KeyPair pair, byte[] data) throws Exception {
    byte[] signature = pair.getSignature(data);
    com.jcraft.jsch.Signature verifier = pair.getVerifier();
    verifier.update(data);
    return verifier.verify(signature);
  }
}
