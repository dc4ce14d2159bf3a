package dev.akmatori.domain.tool.sshkey;

/** The key algorithms an SSH private key may use here (contract §3.4.3). */
public enum PrivateKeyAlgorithm {
  RSA("RSA"),
  ECDSA("EC"),
  ED25519("Ed25519");

  final String jdkName;

  PrivateKeyAlgorithm(String jdkName) {
    this.jdkName = jdkName;
  }
}
