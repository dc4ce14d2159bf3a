package dev.akmatori.domain.connector;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a connector authenticates its requests with the credentials of a tool instance (§3.8). */
public enum AuthMethod {
  /** {@code Authorization: Bearer <settings[token_field]>}. */
  BEARER_TOKEN,
  /** HTTP Basic with {@code settings.username} and {@code settings.password}. */
  BASIC_AUTH,
  /** {@code <header_name>: <settings[token_field]>}. */
  API_KEY;

  /** The accepted wire names, for the {@code must be one of} message. */
  public static final String CHOICES = "bearer_token, basic_auth, api_key";

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the methods that read one token setting ({@code token_field}). */
  public boolean usesToken() {
    return this != BASIC_AUTH;
  }

  /** The method of exactly this wire name (case-sensitive), if any. */
  public static Optional<AuthMethod> fromWireName(String name) {
    return Arrays.stream(values()).filter(m -> m.wireName().equals(name)).findFirst();
  }
}
