package dev.akmatori.adapter.persistence;

import dev.akmatori.application.secret.SecretCipher;
import dev.akmatori.application.secret.SecretDecryptionException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for secrets at rest (contract §1.7): a fresh random 12-byte nonce per value, a 128-bit
 * tag, stored as {@code enc:v1:} + base64(nonce ‖ ciphertext ‖ tag). Thread-safe.
 */
public final class AesGcmSecretCipher implements SecretCipher {
  static final String PREFIX = "enc:v1:";
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  /** A cipher for a 32-byte key, as returned by {@link EncryptionKeys#load}. */
  public AesGcmSecretCipher(byte[] key) {
    if (key == null || key.length != KEY_BYTES) {
      throw new IllegalArgumentException("An AES-256 key has exactly 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  @Override
  public String encrypt(String plain) {
    Objects.requireNonNull(plain, "plain");
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is part of every JDK", e);
    }
  }

  @Override
  public String decrypt(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      throw new SecretDecryptionException("Not an encrypted secret (expected the enc:v1: prefix)", null);
    }
    byte[] data;
    try {
      data = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new SecretDecryptionException("Encrypted secret is not valid base64", null);
    }
    if (data.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SecretDecryptionException("Encrypted secret is too short", null);
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(plain))
          .toString();
    } catch (GeneralSecurityException | CharacterCodingException e) {
      // AEADBadTagException: wrong key or tampered text; the cause carries no secret material.
      throw new SecretDecryptionException("Encrypted secret cannot be decrypted with this key", e);
    }
  }
}
