package dev.akmatori.adapter.http.json;

import dev.akmatori.adapter.http.error.HttpProblem;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Rejects a body over the limit from its {@code Content-Length} before anything parses it
 * (contract §1.6). Registered after authentication, so on protected routes a stranger gets 401,
 * never 413; public routes skip authentication, so there it comes first. Chunked bodies are
 * measured by {@link JsonBodies} while they are read.
 */
public final class BodyLimit {
  /**
   * Up to this much of a rejected body is read and thrown away before answering. Closing a
   * connection with unread request bytes makes the kernel reset it, and most clients then report
   * a broken pipe instead of the 413; past this size, closing is the lesser evil.
   */
  static final long DRAIN_LIMIT = 16L * 1024 * 1024;

  private BodyLimit() {}

  public static void checkDeclaredLength(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > JsonBodies.MAX_BYTES) {
      if (declared <= DRAIN_LIMIT) {
        drain(ctx);
      }
      throw HttpProblem.payloadTooLarge(JsonBodies.MAX_BYTES);
    }
  }

  /** Reads and discards what is left of the request body, up to {@link #DRAIN_LIMIT}. */
  static void drain(Context ctx) {
    try {
      InputStream in = ctx.req().getInputStream();
      long left = DRAIN_LIMIT;
      while (left > 0) {
        long skipped = in.skip(left);
        if (skipped <= 0 && in.read() < 0) {
          return;
        }
        left -= Math.max(skipped, 1);
      }
    } catch (IOException gone) {
      // The client stopped sending; the answer is the same either way.
    }
  }
}
