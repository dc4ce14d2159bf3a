package dev.akmatori.domain.tool.sshkey;

/** The text is not an acceptable private key; the reason is for tests and never shown to clients. */
final class BadKey extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadKey(String reason) {
    super(reason, null, false, false);
  }
}
