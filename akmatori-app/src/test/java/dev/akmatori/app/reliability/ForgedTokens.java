package dev.akmatori.app.reliability;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JSON Web Tokens written by hand (contract §2.2), so the suite can make the ones no client library
 * would: expired, {@code alg: none}, signed with another key or another algorithm. {@link #valid}
 * is the control: made the same way, it must authenticate, or every other token proves nothing.
 */
final class ForgedTokens {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final byte[] secret;
  private final String username;

  ForgedTokens(String secret, String username) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.username = username;
  }

  /** HS256 with the server's secret, live for an hour. */
  String valid() {
    return hs("HS256", "HmacSHA256", secret, claims(Instant.now().plusSeconds(3600)));
  }

  /** HS256 with the server's secret, {@code exp} an hour ago. */
  String expired() {
    return hs("HS256", "HmacSHA256", secret, claims(Instant.now().minusSeconds(3600)));
  }

  /** Live claims, {@code alg: none} and an empty signature. */
  String algNone() {
    return part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + part(claims(Instant.now().plusSeconds(3600))) + ".";
  }

  /** Live claims signed with HS256 under a key that is not the server's. */
  String otherKey() {
    byte[] other = "not-the-server-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    return hs("HS256", "HmacSHA256", other, claims(Instant.now().plusSeconds(3600)));
  }

  /** Live claims signed with the server's secret but HS512, which the contract forbids. */
  String hs512() {
    return hs("HS512", "HmacSHA512", secret, claims(Instant.now().plusSeconds(3600)));
  }

  private String claims(Instant exp) {
    long now = Instant.now().getEpochSecond();
    return "{\"username\":\"" + username + "\",\"iss\":\"akmatori\",\"iat\":" + Math.min(now, exp.getEpochSecond() - 60)
        + ",\"exp\":" + exp.getEpochSecond() + "}";
  }

  private static String hs(String alg, String jcaName, byte[] key, String claims) {
    String signingInput = part("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}") + "." + part(claims);
    try {
      Mac mac = Mac.getInstance(jcaName);
      mac.init(new SecretKeySpec(key, jcaName));
      return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK has " + jcaName, e);
    }
  }

  private static String part(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
