package dev.akmatori.application.alert;

import dev.akmatori.application.auth.UnauthorizedException;
import dev.akmatori.domain.alertsource.AlertSource;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook secret check (contract §4.2). Every comparison is constant-time: both sides are hashed
 * with SHA-256 and the digests compared with {@link MessageDigest#isEqual}, so neither the content
 * nor the length of the secret shows in the timing.
 */
final class WebhookSecrets {
  static final String INVALID = "Invalid webhook secret";
  static final String PAGERDUTY = "pagerduty";
  static final String PAGERDUTY_SIGNATURE = "X-PagerDuty-Signature";

  private WebhookSecrets() {}

  /** Passes when the source has no secret or the request proves it; else {@link UnauthorizedException}. */
  static void verify(AlertSource source, WebhookHeaders headers, byte[] body) {
    String secret = source.config().webhookSecret().reveal();
    if (secret.isEmpty()) {
      return;
    }
    String type = source.type().name();
    Optional<String> signature = headers.get(PAGERDUTY_SIGNATURE);
    boolean ok;
    if (PAGERDUTY.equals(type) && signature.isPresent()) {
      ok = anySignatureMatches(signature.get(), secret, body);
    } else if (PAGERDUTY.equals(type)) {
      ok = headers.get("Authorization").map(c -> matchesSecret(c, secret)).orElse(false);
    } else {
      ok = candidate(type, source.type().spec().webhookSecretHeader(), headers).map(c -> matchesSecret(c, secret)).orElse(false);
    }
    if (!ok) {
      throw new UnauthorizedException(INVALID);
    }
  }

  /** The first present header among the type's own, {@code DD-API-KEY} (Datadog only), {@code Authorization}. */
  private static Optional<String> candidate(String type, String ownHeader, WebhookHeaders headers) {
    Optional<String> own = headers.get(ownHeader);
    if (own.isPresent()) {
      return own;
    }
    if ("datadog".equals(type)) {
      Optional<String> apiKey = headers.get("DD-API-KEY");
      if (apiKey.isPresent()) {
        return apiKey;
      }
    }
    return headers.get("Authorization");
  }

  private static boolean matchesSecret(String candidate, String secret) {
    return same(candidate, secret) | same(candidate, "Bearer " + secret);
  }

  /** Any comma-separated item equal to {@code v1=<hex HMAC-SHA256(secret, body)>}, hex in any case. */
  private static boolean anySignatureMatches(String header, String secret, byte[] body) {
    String expected = "v1=" + HexFormat.of().formatHex(hmac(secret, body));
    boolean match = false;
    for (String item : header.split(",", -1)) {
      String candidate = item.strip();
      String normalized = candidate.length() > 3 ? candidate.substring(0, 3) + candidate.substring(3).toLowerCase(Locale.ROOT) : candidate;
      match |= same(normalized, expected);
    }
    return match;
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(sha256(a), sha256(b));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static byte[] hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }
}
