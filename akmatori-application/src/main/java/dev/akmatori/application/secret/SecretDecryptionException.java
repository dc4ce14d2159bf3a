package dev.akmatori.application.secret;

/** A stored secret could not be decrypted: wrong key, tampered or foreign text. */
public final class SecretDecryptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SecretDecryptionException(String message, Throwable cause) {
    super(message, cause);
  }
}
