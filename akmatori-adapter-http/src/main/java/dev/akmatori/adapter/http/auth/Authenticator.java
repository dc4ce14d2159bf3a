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
    boolean jwtPresented = false;
    boolean keyPresented = false;
    String bearer = bearer(ctx.header("Authorization"));
    if (bearer != null) {
      boolean isKey = RawApiKey.looksLikeKey(bearer);
      keyPresented = isKey;
      jwtPresented = !isKey;
      Optional<Principal> p = isKey ? byKey(bearer) : byJwt(bearer);
      if (p.isPresent()) {
        return p.get();
      }
    }
    String headerKey = ctx.header("X-API-Key");
    if (headerKey != null && !headerKey.isEmpty()) {
      keyPresented = true;
      Optional<Principal> p = byKey(headerKey);
      if (p.isPresent()) {
        return p.get();
      }
    }
    String queryToken =
        PublicRoutes.acceptsQueryToken(ctx.method(), ctx.path()) ? ctx.queryParam("token") : null;
    if (queryToken != null && !queryToken.isEmpty()) {
      jwtPresented = true;
      Optional<Principal> p = byJwt(queryToken);
      if (p.isPresent()) {
        return p.get();
      }
    }
    throw new UnauthorizedException(jwtPresented ? INVALID_TOKEN : keyPresented ? INVALID_KEY : MISSING);
  }

  private Optional<Principal> byKey(String key) {
    return apiKeys.authenticate(key).map(k -> Principal.apiKey(k.name()));
  }

  private Optional<Principal> byJwt(String token) {
    return tokens.verify(token).map(Principal::admin);
  }

  /** The value of a {@code Bearer} authorization (scheme case-insensitive), null otherwise. */
  private static String bearer(String authorization) {
    if (authorization == null || authorization.length() < 7) {
      return null;
    }
    boolean isBearer = authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ");
    String value = isBearer ? authorization.substring(7).strip() : "";
    return value.isEmpty() ? null : value;
  }
}
