package dev.akmatori.adapter.http.testing;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** JSON Web Tokens good and bad, made independently of the code under test. */
public final class TestTokens {
  public static final byte[] SECRET =
      "a-test-signing-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);

  private final Clock clock;

  public TestTokens(Clock clock) {
    this.clock = clock;
  }

  public String valid() {
    return token(SECRET, "akmatori", TestAccounts.USERNAME, clock.instant().plus(Duration.ofHours(1)));
  }

  public String expired() {
    return token(SECRET, "akmatori", TestAccounts.USERNAME, clock.instant().minusSeconds(1));
  }

  /** Expires exactly now: not "in the future", so invalid. */
  public String expiringNow() {
    return token(SECRET, "akmatori", TestAccounts.USERNAME, clock.instant());
  }

  public String signedWithOtherKey() {
    byte[] other = "another-key-another-key-another-key!".getBytes(StandardCharsets.UTF_8);
    return token(other, "akmatori", TestAccounts.USERNAME, clock.instant().plus(Duration.ofHours(1)));
  }

  public String withIssuer(String issuer) {
    return token(SECRET, issuer, TestAccounts.USERNAME, clock.instant().plus(Duration.ofHours(1)));
  }

  public String forUser(String username) {
    return token(SECRET, "akmatori", username, clock.instant().plus(Duration.ofHours(1)));
  }

  public String withoutExpiry() {
    return JWT.create()
        .withClaim("username", TestAccounts.USERNAME)
        .withIssuer("akmatori")
        .withIssuedAt(clock.instant())
        .sign(Algorithm.HMAC256(SECRET));
  }

  public String signedHs512() {
    return JWT.create()
        .withClaim("username", TestAccounts.USERNAME)
        .withIssuer("akmatori")
        .withExpiresAt(clock.instant().plus(Duration.ofHours(1)))
        .sign(Algorithm.HMAC512(SECRET));
  }

  /** The classic attack: header alg "none", claims otherwise valid, empty signature. */
  public String algNone() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
    long exp = clock.instant().plus(Duration.ofHours(1)).getEpochSecond();
    String payload =
        "{\"username\":\"admin\",\"iss\":\"akmatori\",\"iat\":"
            + clock.instant().getEpochSecond()
            + ",\"exp\":"
            + exp
            + "}";
    return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + ".";
  }

  private static String token(byte[] key, String issuer, String username, Instant expiresAt) {
    return JWT.create()
        .withClaim("username", username)
        .withIssuer(issuer)
        .withIssuedAt(expiresAt.minus(Duration.ofHours(2)))
        .withExpiresAt(expiresAt)
        .sign(Algorithm.HMAC256(key));
  }
}
