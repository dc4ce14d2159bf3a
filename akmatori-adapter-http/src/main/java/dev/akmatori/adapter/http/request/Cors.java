package dev.akmatori.adapter.http.request;

import io.javalin.http.Context;

/** The CORS headers of contract §1.1: the caller's origin is echoed, with credentials. */
final class Cors {
  private Cors() {}

  static void apply(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Access-Control-Allow-Credentials", "true");
    ctx.header("Access-Control-Expose-Headers", "Location, X-Request-ID");
    // The answer depends on the Origin, so shared caches must key on it.
    ctx.header("Vary", "Origin");
  }

  static void preflight(Context ctx) {
    ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS, PATCH");
    ctx.header(
        "Access-Control-Allow-Headers",
        "Content-Type, Authorization, X-API-Key, X-Requested-With, X-Request-ID, Last-Event-ID");
    ctx.header("Access-Control-Max-Age", "86400");
  }
}
