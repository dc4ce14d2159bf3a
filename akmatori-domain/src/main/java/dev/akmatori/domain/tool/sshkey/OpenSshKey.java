package dev.akmatori.domain.tool.sshkey;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The {@code openssh-key-v1} container (OpenSSH's PROTOCOL.key): magic, cipher and KDF names, KDF
 * options, one public key blob and the private section with its check integers, key fields, comment
 * and padding. Only unencrypted containers ({@code none}/{@code none}) holding exactly one RSA,
 * ECDSA or Ed25519 key are accepted, and the private half must match the public one.
 */
final class OpenSshKey {
  static final String LABEL = "OPENSSH PRIVATE KEY";
  private static final byte[] MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
  private static final int BLOCK_SIZE = 8;

  private OpenSshKey() {}

  static PrivateKeyAlgorithm check(byte[] container) throws GeneralSecurityException {
    if (container.length < MAGIC.length || !Arrays.equals(MAGIC, Arrays.copyOf(container, MAGIC.length))) {
      throw new BadKey("not openssh-key-v1");
    }
    SshWire in = new SshWire(Arrays.copyOfRange(container, MAGIC.length, container.length));
    if (!"none".equals(in.text()) || !"none".equals(in.text()) || in.string().length != 0) {
      throw new BadKey("encrypted OpenSSH key");
    }
    if (in.uint32() != 1) {
      throw new BadKey("exactly one key expected");
    }
    byte[] publicBlob = in.string();
    byte[] privateSection = in.string();
    in.end();
    if (privateSection.length % BLOCK_SIZE != 0) {
      throw new BadKey("private section not padded");
    }
    return checkPrivate(new SshWire(privateSection), new SshWire(publicBlob));
  }

  private static PrivateKeyAlgorithm checkPrivate(SshWire in, SshWire pub) throws GeneralSecurityException {
    if (in.uint32() != in.uint32()) {
      throw new BadKey("check integers differ (wrong passphrase or corrupt)");
    }
    String type = in.text();
    if (!type.equals(pub.text())) {
      throw new BadKey("public and private key types differ");
    }
    PrivateKeyAlgorithm algorithm = keyFields(type, in, pub);
    pub.end();
    in.string(); // comment
    byte[] padding = in.rest();
    for (int i = 0; i < padding.length; i++) {
      if (padding[i] != i + 1 || padding.length >= BLOCK_SIZE) {
        throw new BadKey("bad padding");
      }
    }
    return algorithm;
  }

  private static PrivateKeyAlgorithm keyFields(String type, SshWire in, SshWire pub)
      throws GeneralSecurityException {
    if (type.equals("ssh-ed25519")) {
      byte[] publicKey = in.string();
      byte[] secret = in.string();
      if (!Arrays.equals(publicKey, pub.string()) || secret.length != 64
          || !Arrays.equals(publicKey, Arrays.copyOfRange(secret, 32, 64))) {
        throw new BadKey("inconsistent Ed25519 key");
      }
      KeyChecks.ed25519(Arrays.copyOf(secret, 32), publicKey);
      return PrivateKeyAlgorithm.ED25519;
    }
    if (type.equals("ssh-rsa")) {
      BigInteger e = pub.positiveMpint();
      BigInteger n = pub.positiveMpint();
      BigInteger privateN = in.positiveMpint();
      BigInteger privateE = in.positiveMpint();
      BigInteger d = in.positiveMpint();
      BigInteger qInv = in.positiveMpint();
      BigInteger p = in.positiveMpint();
      BigInteger q = in.positiveMpint();
      if (!n.equals(privateN) || !e.equals(privateE)) {
        throw new BadKey("inconsistent RSA key");
      }
      KeyChecks.rsa(n, e, d, p, q, qInv);
      return PrivateKeyAlgorithm.RSA;
    }
    if (type.startsWith("ecdsa-sha2-")) {
      Curve curve = Curve.bySshName(type.substring("ecdsa-sha2-".length()))
          .orElseThrow(() -> new BadKey("unsupported curve"));
      String curveName = in.text();
      byte[] point = in.string();
      BigInteger d = in.positiveMpint();
      if (!curve.sshName.equals(curveName) || !curveName.equals(pub.text()) || !Arrays.equals(point, pub.string())) {
        throw new BadKey("inconsistent ECDSA key");
      }
      KeyChecks.ecdsa(curve, d, point);
      return PrivateKeyAlgorithm.ECDSA;
    }
    throw new BadKey("unsupported key type " + type);
  }
}
