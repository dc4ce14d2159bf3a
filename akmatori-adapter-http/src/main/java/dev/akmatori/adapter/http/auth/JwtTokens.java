package dev.akmatori.adapter.http.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues and checks the admin's JSON Web Tokens (contract §2.2): HS256 only, {@code iss} {@code
 * akmatori}, {@code exp} strictly in the future with no leeway, {@code username} equal to the
 * configured admin. Thread-safe.
 */
public final class JwtTokens {
  static final String ISSUER = "akmatori";
  static final String USERNAME_CLAIM = "username";

  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final Duration lifetime;
  private final Clock clock;
  private final String username;

  public JwtTokens(byte[] secret, Duration lifetime, Clock clock, String adminUsername) {
    this.algorithm = Algorithm.HMAC256(secret);
    this.lifetime = lifetime;
    this.clock = clock;
    this.username = adminUsername;
    // The verifier rejects any header alg other than HS256, "none" included.
    JWTVerifier.BaseVerification verification =
        (JWTVerifier.BaseVerification)
            JWT.require(algorithm)
                .withIssuer(ISSUER)
                .withClaim(USERNAME_CLAIM, adminUsername)
                .withClaimPresence("exp")
                .acceptLeeway(0);
    this.verifier = verification.build(clock);
  }

  /** A new token for {@code user}, valid for the configured lifetime. */
  String issue(String user) {
    Instant now = clock.instant();
    return JWT.create()
        .withClaim(USERNAME_CLAIM, user)
        .withIssuedAt(now)
        .withExpiresAt(now.plus(lifetime))
        .withIssuer(ISSUER)
        .sign(algorithm);
  }

  /** {@code expires_in} of the login answer. */
  long lifetimeSeconds() {
    return lifetime.toSeconds();
  }

  /** The admin username when {@code token} is valid now; empty for anything else. */
  Optional<String> verify(String token) {
    try {
      DecodedJWT jwt = verifier.verify(token);
      // java-jwt accepts exp == now; the contract wants exp in the future.
      boolean live = jwt.getExpiresAtAsInstant().isAfter(clock.instant());
      return live ? Optional.of(username) : Optional.empty();
    } catch (JWTVerificationException invalid) {
      return Optional.empty();
    }
  }
}
