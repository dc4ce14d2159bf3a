package dev.akmatori.domain.tool.sshkey;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;

/**
 * Proves that decoded key material is a usable key with the JDK's own providers: the private key
 * is built by a {@link KeyFactory} and, where the public half is known, a signature made with the
 * private key must verify with the public one.
 */
final class KeyChecks {
  /** OpenSSH refuses larger RSA keys; the bound also keeps hostile input from costing seconds. */
  static final int MAX_RSA_BITS = 16_384;

  private static final byte[] CHALLENGE = "akmatori key check".getBytes(StandardCharsets.US_ASCII);

  private KeyChecks() {}

  static void rsa(BigInteger n, BigInteger e, BigInteger d, BigInteger p, BigInteger q, BigInteger qInv)
      throws GeneralSecurityException {
    if (n.bitLength() > MAX_RSA_BITS || !p.multiply(q).equals(n)) {
      throw new BadKey("inconsistent RSA key");
    }
    BigInteger dp = d.mod(p.subtract(BigInteger.ONE));
    BigInteger dq = d.mod(q.subtract(BigInteger.ONE));
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    PrivateKey privateKey = rsa.generatePrivate(new RSAPrivateCrtKeySpec(n, e, d, p, q, dp, dq, qInv));
    PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(n, e));
    signAndVerify("SHA256withRSA", privateKey, publicKey);
  }

  /** {@code publicPoint} is the uncompressed point {@code 04 ‖ X ‖ Y}, or null when unknown. */
  static void ecdsa(Curve curve, BigInteger d, byte[] publicPoint) throws GeneralSecurityException {
    ECParameterSpec params = curve.parameters();
    if (d.signum() <= 0 || d.compareTo(params.getOrder()) >= 0) {
      throw new BadKey("EC private value out of range");
    }
    KeyFactory ec = KeyFactory.getInstance("EC");
    PrivateKey privateKey = ec.generatePrivate(new ECPrivateKeySpec(d, params));
    if (publicPoint != null) {
      PublicKey publicKey = ec.generatePublic(new ECPublicKeySpec(point(curve, publicPoint), params));
      signAndVerify("SHA256withECDSA", privateKey, publicKey);
    }
  }

  /** {@code seed} is the 32-byte private key, {@code publicKey} its 32-byte encoding or null. */
  static void ed25519(byte[] seed, byte[] publicKey) throws GeneralSecurityException {
    if (seed.length != 32 || (publicKey != null && publicKey.length != 32)) {
      throw new BadKey("Ed25519 keys have 32 bytes");
    }
    KeyFactory ed = KeyFactory.getInstance("Ed25519");
    PrivateKey privateKey = ed.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
    if (publicKey != null) {
      signAndVerify("Ed25519", privateKey, ed.generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, edPoint(publicKey))));
    }
  }

  /** A PKCS#8 {@code PrivateKeyInfo} for {@code algorithm} ({@code RSA}, {@code EC}, {@code Ed25519}). */
  static void pkcs8(String algorithm, byte[] der) throws GeneralSecurityException {
    PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    if (key instanceof RSAPrivateCrtKey) {
      RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
      rsa(rsa.getModulus(), rsa.getPublicExponent(), rsa.getPrivateExponent(), rsa.getPrimeP(), rsa.getPrimeQ(),
          rsa.getCrtCoefficient());
    } else if (key instanceof ECPrivateKey) {
      BigInteger s = ((ECPrivateKey) key).getS();
      if (s.signum() <= 0 || s.compareTo(((ECPrivateKey) key).getParams().getOrder()) >= 0) {
        throw new BadKey("EC private value out of range");
      }
    } else if (!"Ed25519".equals(algorithm)) {
      throw new BadKey("RSA PKCS#8 keys need their CRT parameters");
    }
  }

  private static ECPoint point(Curve curve, byte[] encoded) {
    if (encoded.length != 1 + 2 * curve.fieldBytes || encoded[0] != 0x04) {
      throw new BadKey("not an uncompressed EC point");
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(encoded, 1, 1 + curve.fieldBytes));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(encoded, 1 + curve.fieldBytes, encoded.length));
    return new ECPoint(x, y);
  }

  /** RFC 8032 encoding: little-endian y with the parity of x in the top bit. */
  private static EdECPoint edPoint(byte[] encoded) {
    byte[] bigEndian = new byte[encoded.length];
    for (int i = 0; i < encoded.length; i++) {
      bigEndian[i] = encoded[encoded.length - 1 - i];
    }
    boolean xOdd = (bigEndian[0] & 0x80) != 0;
    bigEndian[0] &= 0x7f;
    return new EdECPoint(xOdd, new BigInteger(1, bigEndian));
  }

  private static void signAndVerify(String algorithm, PrivateKey privateKey, PublicKey publicKey)
      throws GeneralSecurityException {
    Signature signer = Signature.getInstance(algorithm);
    signer.initSign(privateKey);
    signer.update(CHALLENGE);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance(algorithm);
    verifier.initVerify(publicKey);
    verifier.update(CHALLENGE);
    if (!verifier.verify(signature)) {
      throw new BadKey("private and public key do not match");
    }
  }
}
