package dev.akmatori.domain.tool.sshkey;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Map;

/**
 * The PEM private key formats OpenSSH reads: PKCS#1 {@code RSA PRIVATE KEY}, SEC1 {@code EC PRIVATE
 * KEY} and unencrypted PKCS#8 {@code PRIVATE KEY} (RSA, NIST-curve EC, Ed25519).
 */
final class PemKey {
  static final String RSA = "RSA PRIVATE KEY";
  static final String EC = "EC PRIVATE KEY";
  static final String PKCS8 = "PRIVATE KEY";
  static final String EC_PARAMETERS = "EC PARAMETERS";

  private static final String RSA_OID = "1.2.840.113549.1.1.1";
  private static final String EC_OID = "1.2.840.10045.2.1";
  private static final String ED25519_OID = "1.3.101.112";
  private static final Map<String, PrivateKeyAlgorithm> PKCS8_ALGORITHMS =
      Map.of(RSA_OID, PrivateKeyAlgorithm.RSA, EC_OID, PrivateKeyAlgorithm.ECDSA, ED25519_OID, PrivateKeyAlgorithm.ED25519);

  private PemKey() {}

  /** PKCS#1: {@code SEQUENCE {0, n, e, d, p, q, dp, dq, qInv}}. */
  static PrivateKeyAlgorithm rsa(byte[] der) throws GeneralSecurityException {
    Der outer = Der.of(der);
    Der key = outer.sequence();
    outer.end();
    if (key.integer().signum() != 0) {
      throw new BadKey("multi-prime or unknown RSA version");
    }
    BigInteger n = key.positiveInteger();
    BigInteger e = key.positiveInteger();
    BigInteger d = key.positiveInteger();
    BigInteger p = key.positiveInteger();
    BigInteger q = key.positiveInteger();
    key.positiveInteger(); // dp, recomputed from d
    key.positiveInteger(); // dq
    BigInteger qInv = key.positiveInteger();
    key.end();
    KeyChecks.rsa(n, e, d, p, q, qInv);
    return PrivateKeyAlgorithm.RSA;
  }

  /**
   * SEC1: {@code SEQUENCE {1, OCTET STRING d, [0] curve OID, [1] BIT STRING point}}; the curve may
   * instead come from a preceding {@code EC PARAMETERS} block ({@code curveOid}, else null).
   */
  static PrivateKeyAlgorithm ec(byte[] der, String curveOid) throws GeneralSecurityException {
    Der outer = Der.of(der);
    Der key = outer.sequence();
    outer.end();
    if (!key.integer().equals(BigInteger.ONE)) {
      throw new BadKey("unknown EC key version");
    }
    BigInteger d = new BigInteger(1, key.octetString());
    String oid = curveOid;
    byte[] point = null;
    if (key.hasMore() && key.peekTag() == 0xa0) {
      Der params = key.explicit(0);
      String inner = params.oid();
      params.end();
      if (oid != null && !oid.equals(inner)) {
        throw new BadKey("EC parameters disagree");
      }
      oid = inner;
    }
    if (key.hasMore() && key.peekTag() == 0xa1) {
      Der publicKey = key.explicit(1);
      point = bitStringBytes(publicKey.bitString());
      publicKey.end();
    }
    key.end();
    Curve curve = Curve.byOid(oid == null ? "" : oid).orElseThrow(() -> new BadKey("unsupported curve"));
    KeyChecks.ecdsa(curve, d, point);
    return PrivateKeyAlgorithm.ECDSA;
  }

  /** The curve OID of an {@code EC PARAMETERS} block (named curves only). */
  static String ecParameters(byte[] der) {
    Der in = Der.of(der);
    String oid = in.oid();
    in.end();
    return oid;
  }

  /** PKCS#8 {@code PrivateKeyInfo {version, AlgorithmIdentifier, OCTET STRING, …}}. */
  static PrivateKeyAlgorithm pkcs8(byte[] der) throws GeneralSecurityException {
    Der outer = Der.of(der);
    Der info = outer.sequence();
    outer.end();
    BigInteger version = info.integer();
    if (version.signum() < 0 || version.compareTo(BigInteger.ONE) > 0) {
      throw new BadKey("unknown PKCS#8 version");
    }
    Der algorithmId = info.sequence();
    String oid = algorithmId.oid();
    PrivateKeyAlgorithm algorithm = PKCS8_ALGORITHMS.get(oid);
    if (algorithm == null) {
      throw new BadKey("unsupported PKCS#8 algorithm " + oid);
    }
    if (algorithm == PrivateKeyAlgorithm.ECDSA && Curve.byOid(algorithmId.oid()).isEmpty()) {
      throw new BadKey("unsupported curve");
    }
    info.octetString();
    while (info.hasMore()) {
      info.skip(); // attributes, public key
    }
    KeyChecks.pkcs8(algorithm.jdkName, der);
    return algorithm;
  }

  private static byte[] bitStringBytes(byte[] bitString) {
    if (bitString.length < 1 || bitString[0] != 0) {
      throw new BadKey("unused bits in EC point");
    }
    return java.util.Arrays.copyOfRange(bitString, 1, bitString.length);
  }
}
