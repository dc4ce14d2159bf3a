package dev.akmatori.adapter.llm.tool.ssh;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a private key that §3.4.3 accepts into a form JSch reads. JSch reads OpenSSH keys and
 * PKCS#1 / SEC1 / PKCS#8 RSA and EC PEM, but not a PKCS#8 Ed25519 key (rewritten here as an
 * unencrypted {@code openssh-key-v1} key, the public half derived with the JDK) nor an EC key led
 * by an {@code EC PARAMETERS} block (dropped; the key block names its curve). An OpenSSH ECDSA key
 * whose private scalar is shorter than its curve gets it padded ({@link OpenSshEcdsaScalar}).
 */
final class JschKeys {
  private static final Pattern PKCS8 =
      Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
  private static final Pattern EC_PARAMETERS =
      Pattern.compile("-----BEGIN EC PARAMETERS-----[A-Za-z0-9+/=\\s]*-----END EC PARAMETERS-----\\s*");
  private static final String ED25519 = "ssh-ed25519";

  private JschKeys() {}

  static byte[] forJsch(String privateKey) {
    String text = EC_PARAMETERS.matcher(privateKey).replaceAll("");
    Matcher pkcs8 = PKCS8.matcher(text);
    if (pkcs8.find()) {
      byte[] der = Base64.getMimeDecoder().decode(pkcs8.group(1));
      byte[] seed = ed25519Seed(der);
      if (seed != null) {
        return openSsh(seed).getBytes(StandardCharsets.US_ASCII);
      }
    }
    return OpenSshEcdsaScalar.padded(text).getBytes(StandardCharsets.UTF_8);
  }

  /** The 32-byte seed of a PKCS#8 Ed25519 key; null for any other key. */
  private static byte[] ed25519Seed(byte[] der) {
    try {
      EdECPrivateKey key = (EdECPrivateKey) KeyFactory.getInstance("Ed25519")
          .generatePrivate(new PKCS8EncodedKeySpec(der));
      return key.getBytes().orElse(null);
    } catch (GeneralSecurityException | ClassCastException e) {
      return null;
    }
  }

  private static String openSsh(byte[] seed) {
    byte[] publicKey = ed25519Public(seed);
    int check = new SecureRandom().nextInt();
    return OpenSshKeyFile.unencrypted(concat(string(ED25519), string(publicKey)), check, check,
        ED25519.getBytes(StandardCharsets.US_ASCII), publicKey, concat(seed, publicKey), new byte[0]); // no comment
  }

  /**
   * The JDK derives an Ed25519 public key only while generating a pair, from 32 random bytes: a
   * generator fed the seed yields the key's own pair. The X.509 form ends with the 32 key bytes.
   */
  private static byte[] ed25519Public(byte[] seed) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
      byte[] x509 = generator.generateKeyPair().getPublic().getEncoded();
      return Arrays.copyOfRange(x509, x509.length - 32, x509.length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot derive an Ed25519 public key", e);
    }
  }

  private static byte[] string(String value) {
    return string(value.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] string(byte[] value) {
    return OpenSshKeyFile.string(value);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** A "random" source that hands out one fixed seed. */
  private static final class FixedBytes extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;

    FixedBytes(byte[] bytes) {
      this.bytes = bytes.clone();
    }

    @Override
    public void nextBytes(byte[] out) {
      System.arraycopy(bytes, 0, out, 0, Math.min(bytes.length, out.length));
    }
  }
}
