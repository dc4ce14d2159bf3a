package dev.akmatori.adapter.http.json;

import dev.akmatori.adapter.http.error.HttpProblem;
import dev.akmatori.adapter.http.routing.RouteTable;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Rejects a body over its route's limit from its {@code Content-Length} before anything parses it
 * (contract §1.6). The limit is the one the route declared when it was registered (an upload's
 * 10 MiB + 64 KiB), else the server-wide default for JSON bodies (1 MiB); unknown paths get the
 * default. Registered after authentication, so on protected routes a stranger gets 401, never 413;
 * public routes skip authentication, so there it comes first. Chunked bodies are measured by
 * whatever reads them ({@link JsonBodies}, the multipart reader).
 */
public final class BodyLimit {
  /**
   * Up to this much of a rejected body is read and thrown away before answering. Closing a
   * connection with unread request bytes makes the kernel reset it, and most clients then report
   * a broken pipe instead of the 413; past this size, closing is the lesser evil.
   */
  static final long DRAIN_LIMIT = 16L * 1024 * 1024;

  private final RouteTable routes;
  private final long defaultMaxBytes;

  public BodyLimit(RouteTable routes, long defaultMaxBytes) {
    this.routes = routes;
    this.defaultMaxBytes = defaultMaxBytes;
  }

  /** The before-handler: 413 when the declared length passes the route's limit. */
  public void checkDeclaredLength(Context ctx) {
    long limit = routes.maxBodyBytes(ctx.method().name(), ctx.path()).orElse(defaultMaxBytes);
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      if (declared <= DRAIN_LIMIT) {
        drain(ctx);
      }
      throw routes.tooLargeMessage(ctx.method().name(), ctx.path())
          .map(message -> new HttpProblem(413, "payload_too_large", message))
          .orElseGet(() -> HttpProblem.payloadTooLarge(limit));
    }
  }

  /** Reads and discards what is left of the request body, up to {@link #DRAIN_LIMIT}. */
  static void drain(Context ctx) {
    try {
      drain(ctx.req().getInputStream());
    } catch (IOException gone) {
      // The client stopped sending; the answer is the same either way.
    }
  }

  /** Reads and discards what is left of {@code body}, up to {@link #DRAIN_LIMIT}; never throws. */
  public static void drain(InputStream body) {
    try {
      long left = DRAIN_LIMIT;
      while (left > 0) {
        long skipped = body.skip(left);
        if (skipped <= 0 && body.read() < 0) {
          return;
        }
        left -= Math.max(skipped, 1);
      }
    } catch (IOException gone) {
      // The client stopped sending; the answer is the same either way.
    }
  }
}
