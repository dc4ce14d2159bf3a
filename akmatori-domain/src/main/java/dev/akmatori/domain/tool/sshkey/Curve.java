package dev.akmatori.domain.tool.sshkey;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Arrays;
import java.util.Optional;

/** The NIST curves OpenSSH uses for ECDSA keys, by their SSH name and their ASN.1 OID. */
enum Curve {
  P256("nistp256", "secp256r1", "1.2.840.10045.3.1.7", 32),
  P384("nistp384", "secp384r1", "1.3.132.0.34", 48),
  P521("nistp521", "secp521r1", "1.3.132.0.35", 66);

  final String sshName;
  final String oid;
  final int fieldBytes;
  private final String jdkName;

  Curve(String sshName, String jdkName, String oid, int fieldBytes) {
    this.sshName = sshName;
    this.jdkName = jdkName;
    this.oid = oid;
    this.fieldBytes = fieldBytes;
  }

  static Optional<Curve> bySshName(String name) {
    return Arrays.stream(values()).filter(c -> c.sshName.equals(name)).findFirst();
  }

  static Optional<Curve> byOid(String oid) {
    return Arrays.stream(values()).filter(c -> c.oid.equals(oid)).findFirst();
  }

  ECParameterSpec parameters() throws GeneralSecurityException {
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec(jdkName));
    return parameters.getParameterSpec(ECParameterSpec.class);
  }
}
