package dev.akmatori.app.reliability;

import static dev.akmatori.app.reliability.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every secured operation × every kind of bad credential → the 401 of contract §1.2 with its
 * message and challenge. Each request is otherwise complete (seeded path parameters, a plausible
 * body), so a route that forgot authentication would act and fail the case.
 */
final class CredentialCases {
  static final String MISSING = "Missing authentication token";
  static final String INVALID_TOKEN = "Invalid or expired token";
  static final String INVALID_KEY = "Invalid API key";

  private final Shots shots;
  private final ForgedTokens tokens;

  CredentialCases(Shots shots, ForgedTokens tokens) {
    this.shots = shots;
    this.tokens = tokens;
  }

  Stream<DynamicNode> all(List<SpecOperation> operations) {
    return operations.stream().map(op -> op.isPublic() ? publicRoute(op) : securedRoute(op));
  }

  private DynamicNode securedRoute(SpecOperation op) {
    Seeded seeded = shots.seeded();
    String tooShortKey = "akm_" + "x".repeat(12);
    List<DynamicTest> cases = new ArrayList<>(List.of(
        unauthorized(op, "no credentials", r -> r, MISSING),
        unauthorized(op, "empty Bearer value", r -> r.header("Authorization", "Bearer "), MISSING),
        unauthorized(op, "Basic instead of Bearer", r -> r.header("Authorization", "Basic YWRtaW46YWRtaW4="), MISSING),
        unauthorized(op, "garbage bearer token", bearer("not-a-jwt"), INVALID_TOKEN),
        unauthorized(op, "three garbage JWT parts", bearer("a.b.c"), INVALID_TOKEN),
        unauthorized(op, "expired JWT signed with the real secret", bearer(tokens.expired()), INVALID_TOKEN),
        unauthorized(op, "JWT with alg none", bearer(tokens.algNone()), INVALID_TOKEN),
        unauthorized(op, "JWT signed with another key", bearer(tokens.otherKey()), INVALID_TOKEN),
        unauthorized(op, "JWT signed HS512 with the real secret", bearer(tokens.hs512()), INVALID_TOKEN),
        unauthorized(op, "disabled API key in X-API-Key", apiKey(seeded.disabledKey), INVALID_KEY),
        unauthorized(op, "disabled API key as Bearer akm_", bearer(seeded.disabledKey), INVALID_KEY),
        unauthorized(op, "deleted API key in X-API-Key", apiKey(seeded.deletedKey), INVALID_KEY),
        unauthorized(op, "deleted API key as Bearer akm_", bearer(seeded.deletedKey), INVALID_KEY),
        unauthorized(op, "malformed X-API-Key (no akm_ prefix)", apiKey("not-an-api-key"), INVALID_KEY),
        unauthorized(op, "malformed X-API-Key (akm_ too short)", apiKey(tooShortKey), INVALID_KEY),
        unauthorized(op, "malformed X-API-Key (SQL)", apiKey("' OR 1=1 --"), INVALID_KEY),
        unauthorized(op, "malformed X-API-Key (4 KiB)", apiKey("akm_" + "A".repeat(4096)), INVALID_KEY)));
    if (op.takesQueryToken()) {
      cases.add(queryToken(op, "garbage ?token=", "not-a-jwt", INVALID_TOKEN));
      cases.add(queryToken(op, "expired JWT as ?token=", tokens.expired(), INVALID_TOKEN));
      cases.add(queryToken(op, "alg none JWT as ?token=", tokens.algNone(), INVALID_TOKEN));
      cases.add(queryToken(op, "JWT of another key as ?token=", tokens.otherKey(), INVALID_TOKEN));
    } else {
      cases.add(queryToken(op, "valid JWT as ?token= where the route takes none", tokens.valid(), MISSING));
    }
    return DynamicContainer.dynamicContainer(op.key(), cases);
  }

  /** Public routes ignore credentials entirely (§1.2): a bad key never earns the §1.2 401. */
  private DynamicNode publicRoute(SpecOperation op) {
    return DynamicContainer.dynamicContainer(op.key(), List.of(DynamicTest.dynamicTest(
        op.key() + " is public: a malformed X-API-Key is ignored",
        () -> {
          Answer a = shots.send(shots.anonymous(op).header("X-API-Key", "not-an-api-key"));
          assertThat(a.status()).as("%s: %s", op.key(), a).isLessThan(500);
          if (a.status() == 401) {
            assertThat(a.json().path("error").asText()).as(a.toString())
                .isNotIn(MISSING, INVALID_TOKEN, INVALID_KEY);
          }
        })));
  }

  private DynamicTest unauthorized(
      SpecOperation op, String name, UnaryOperator<HttpRequest.Builder> credentials, String message) {
    return DynamicTest.dynamicTest(op.key() + ": " + name + " → 401 " + message, () -> {
      HttpRequest.Builder request = shots.anonymous(op, op.expand(shots.seeded().values(op)), plausibleBody(op));
      withContentType(op, request);
      assertUnauthorized(op, shots.send(credentials.apply(request)), message);
    });
  }

  private DynamicTest queryToken(SpecOperation op, String name, String token, String message) {
    return DynamicTest.dynamicTest(op.key() + ": " + name + " → 401 " + message, () -> {
      String path = op.expand(shots.seeded().values(op)) + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
      HttpRequest.Builder request = shots.anonymous(op, path, plausibleBody(op));
      withContentType(op, request);
      assertUnauthorized(op, shots.send(request), message);
    });
  }

  private static void assertUnauthorized(SpecOperation op, Answer a, String message) {
    assertError(a, 401, "unauthorized", message);
    assertThat(a.header("WWW-Authenticate")).as("challenge of %s", op.key())
        .hasValue("Bearer realm=\"akmatori\"");
  }

  /** The body a legitimate call would carry, so only the credentials are wrong. */
  private static BodyPublisher plausibleBody(SpecOperation op) {
    if (op.body().isEmpty()) {
      return BodyPublishers.noBody();
    }
    SpecOperation.Body body = op.body().get();
    if (body.isMultipart()) {
      return BodyPublishers.ofByteArray(Seeded.multipart("reliability-probe.md", "probe"));
    }
    return BodyPublishers.ofByteArray(SchemaBodies.bytes(SchemaBodies.base(body.schema())));
  }

  private static void withContentType(SpecOperation op, HttpRequest.Builder request) {
    op.body().ifPresent(b -> request.header("Content-Type",
        b.isMultipart() ? "multipart/form-data; boundary=" + Seeded.MULTIPART_BOUNDARY : b.mediaType()));
  }

  private static UnaryOperator<HttpRequest.Builder> bearer(String value) {
    return r -> r.header("Authorization", "Bearer " + value);
  }

  private static UnaryOperator<HttpRequest.Builder> apiKey(String value) {
    return r -> r.header("X-API-Key", value);
  }
}
