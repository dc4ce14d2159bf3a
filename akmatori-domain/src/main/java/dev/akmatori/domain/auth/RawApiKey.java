package dev.akmatori.domain.auth;

import dev.akmatori.domain.shared.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * A full API key as handed to its owner once: {@code akm_} + 40 characters of {@code [A-Za-z0-9]}.
 * Only {@link #hash()} is ever stored.
 */
public final class RawApiKey {
  public static final String PREFIX = "akm_";
  private static final int RANDOM_LENGTH = 40;
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final Secret value;

  private RawApiKey(String value) {
    this.value = Secret.of(value);
  }

  /** A new key drawn from {@code random}, which must be cryptographically secure. */
  public static RawApiKey generate(RandomGenerator random) {
    StringBuilder sb = new StringBuilder(PREFIX);
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new RawApiKey(sb.toString());
  }

  /** A key presented by a client, to be hashed and looked up. */
  public static RawApiKey presented(String value) {
    return new RawApiKey(value);
  }

  /** True when {@code value} looks like an API key rather than a JWT. */
  public static boolean looksLikeKey(String value) {
    return value != null && value.startsWith(PREFIX);
  }

  /** Lowercase hex SHA-256 of the full key. */
  public String hash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(value.reveal().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The first eight characters, kept for display. */
  public String prefix() {
    String v = value.reveal();
    return v.substring(0, Math.min(8, v.length()));
  }

  /** The clear key, for the one response that shows it. */
  public String reveal() {
    return value.reveal();
  }

  @Override
  public String toString() {
    return value.masked();
  }
}
