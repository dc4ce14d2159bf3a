package dev.akmatori.adapter.http.auth;

import dev.akmatori.application.auth.ManageApiKeys;
import dev.akmatori.application.auth.UnauthorizedException;
import dev.akmatori.domain.auth.RawApiKey;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Optional;

/**
 * The authentication before-handler (contract §1.2). It runs before routing, so an unknown path
 * answers 401 to a stranger. Credentials are tried in the contract's order — {@code Authorization:
 * Bearer} (an {@code akm_} value is an API key, anything else a JWT), {@code X-API-Key}, then
 * {@code ?token=} on the two streaming/download routes — and the first that holds wins.
 */
public final class Authenticator {
  static final String MISSING = "Missing authentication token";
  static final String INVALID_TOKEN = "Invalid or expired token";
  static final String INVALID_KEY = "Invalid API key";
  private static final String PRINCIPAL = "akmatori.principal";

  private final ManageApiKeys apiKeys;
  private final JwtTokens tokens;

  public Authenticator(ManageApiKeys apiKeys, JwtTokens tokens) {
    this.apiKeys = apiKeys;
    this.tokens = tokens;
  }

  public void authenticate(Context ctx) {
    if (HandlerType.OPTIONS.equals(ctx.method()) || PublicRoutes.isPublic(ctx.path())) {
      return; // public routes ignore credentials entirely, even invalid ones
    }
    ctx.attribute(PRINCIPAL, principal(ctx));
  }

  /** The principal of an authenticated request. */
  static Principal current(Context ctx) {
    return ctx.attribute(PRINCIPAL);
  }

  private Principal principal(Context ctx) {
    Presented presented = new Presented();
    return bearer(ctx, presented)
        .or(() -> apiKeyHeader(ctx, presented))
        .or(() -> queryToken(ctx, presented))
        .orElseThrow(() -> new UnauthorizedException(presented.failure()));
  }

  /** {@code Authorization: Bearer}: an {@code akm_} value is an API key, never a JWT. */
  private Optional<Principal> bearer(Context ctx, Presented presented) {
    String value = bearerValue(ctx.header("Authorization"));
    if (value == null) {
      return Optional.empty();
    }
    if (RawApiKey.looksLikeKey(value)) {
      presented.key = true;
      return byKey(value);
    }
    presented.jwt = true;
    return byJwt(value);
  }

  private Optional<Principal> apiKeyHeader(Context ctx, Presented presented) {
    String value = ctx.header("X-API-Key");
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    presented.key = true;
    return byKey(value);
  }

  /** {@code ?token=}, only where browsers cannot send headers (EventSource, plain links). */
  private Optional<Principal> queryToken(Context ctx, Presented presented) {
    if (!PublicRoutes.acceptsQueryToken(ctx.method(), ctx.path())) {
      return Optional.empty();
    }
    String value = ctx.queryParam("token");
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    presented.jwt = true;
    return byJwt(value);
  }

  private Optional<Principal> byKey(String key) {
    return apiKeys.authenticate(key).map(k -> Principal.apiKey(k.name()));
  }

  private Optional<Principal> byJwt(String token) {
    return tokens.verify(token).map(Principal::admin);
  }

  /** The value of a {@code Bearer} authorization (scheme case-insensitive), null otherwise. */
  private static String bearerValue(String authorization) {
    if (authorization == null || authorization.length() < 7) {
      return null;
    }
    boolean isBearer = authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ");
    String value = isBearer ? authorization.substring(7).strip() : "";
    return value.isEmpty() ? null : value;
  }

  /** Which kinds of credential a failed request carried; they choose the 401 message. */
  private static final class Presented {
    boolean jwt;
    boolean key;

    String failure() {
      return jwt ? INVALID_TOKEN : key ? INVALID_KEY : MISSING;
    }
  }
}
