package dev.akmatori.domain.tool.sshkey;

import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the private keys SSH keys may hold (contract §3.4.3): an unencrypted OpenSSH key
 * ({@code -----BEGIN OPENSSH PRIVATE KEY-----}) or PEM ({@code RSA PRIVATE KEY}, {@code EC PRIVATE
 * KEY}, PKCS#8 {@code PRIVATE KEY}) holding an RSA, ECDSA (NIST P-256/384/521) or Ed25519 key.
 * Passphrase-protected keys ({@code ENCRYPTED PRIVATE KEY}, {@code Proc-Type: 4,ENCRYPTED}, an
 * OpenSSH cipher) and anything malformed are refused. The structure is parsed completely and the
 * key material is checked with the JDK's key factories. Pure and thread-safe.
 */
public final class PrivateKeys {
  /** Far above the largest real key (RSA 16384 in OpenSSH format is about 13 KB). */
  public static final int MAX_LENGTH = 65_536;

  private PrivateKeys() {}

  /** The algorithm of an acceptable private key; empty for anything else, never an exception. */
  public static Optional<PrivateKeyAlgorithm> algorithmOf(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.of(check(PemBlock.parseAll(text)));
    } catch (BadKey | GeneralSecurityException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** True when {@link #algorithmOf} recognises the text. */
  public static boolean isAcceptable(String text) {
    return algorithmOf(text).isPresent();
  }

  private static PrivateKeyAlgorithm check(List<PemBlock> blocks) throws GeneralSecurityException {
    String curveOid = null;
    if (blocks.size() == 2 && blocks.get(0).label().equals(PemKey.EC_PARAMETERS)
        && blocks.get(1).label().equals(PemKey.EC)) {
      curveOid = PemKey.ecParameters(blocks.get(0).body());
      blocks = blocks.subList(1, 2);
    }
    if (blocks.size() != 1) {
      throw new BadKey("exactly one private key block expected");
    }
    PemBlock block = blocks.get(0);
    switch (block.label()) {
      case OpenSshKey.LABEL:
        return OpenSshKey.check(block.body());
      case PemKey.RSA:
        return PemKey.rsa(block.body());
      case PemKey.EC:
        return PemKey.ec(block.body(), curveOid);
      case PemKey.PKCS8:
        return PemKey.pkcs8(block.body());
      default:
        throw new BadKey("unsupported block " + block.label());
    }
  }
}
