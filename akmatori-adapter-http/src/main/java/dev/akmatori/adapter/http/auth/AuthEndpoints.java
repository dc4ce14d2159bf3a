package dev.akmatori.adapter.http.auth;

import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.json.JsonBody;
import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.auth.AdminAccount;
import dev.akmatori.application.auth.LoginService;
import io.javalin.http.Context;

/** Login, verify and password change (contract §2.3), with the root aliases of §1.1. */
public final class AuthEndpoints {
  private final LoginService login;
  private final AdminAccount admin;
  private final JwtTokens tokens;
  private final JsonBodies bodies;

  public AuthEndpoints(
      LoginService login, AdminAccount admin, JwtTokens tokens, JsonBodies bodies) {
    this.login = login;
    this.admin = admin;
    this.tokens = tokens;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .post("/api/auth/login", this::login)
        .post("/auth/login", this::login)
        .get("/api/auth/verify", this::verify)
        .get("/auth/verify", this::verify)
        .put("/api/auth/password", this::changePassword);
  }

  void login(Context ctx) {
    String address = ctx.ip();
    login.ensureAllowed(address); // a throttled address gets 429 before its body is read
    JsonBody body = bodies.read(ctx, "username", "password");
    String username = body.requiredNonEmptyString("username");
    String password = body.requiredNonEmptyString("password");
    body.finish();
    String user = login.login(username, password, address);
    Replies.ok(ctx, new LoginResponse(tokens.issue(user), user, tokens.lifetimeSeconds()));
  }

  void verify(Context ctx) {
    Replies.ok(ctx, new VerifyResponse(true, Authenticator.current(ctx).displayName()));
  }

  void changePassword(Context ctx) {
    JsonBody body = bodies.read(ctx, "current_password", "new_password");
    String current = body.requiredNonEmptyString("current_password");
    String replacement = body.requiredNonEmptyString("new_password");
    body.finish();
    admin.changePassword(current, replacement);
    Replies.noContent(ctx);
  }

  /** {@code {"token", "username", "expires_in"}}. */
  record LoginResponse(String token, String username, long expiresIn) {}

  /** {@code {"valid": true, "username"}}. */
  record VerifyResponse(boolean valid, String username) {}
}
