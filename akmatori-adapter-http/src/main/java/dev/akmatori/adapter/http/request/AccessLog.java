package dev.akmatori.adapter.http.request;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One line per answered request (method, path without the query string — it may carry a token —,
 * status, time), then clears the request id from the MDC. Javalin calls it last, even after
 * {@code skipRemainingHandlers}, which is why the MDC is cleared here and not in an after-handler.
 */
public final class AccessLog {
  private static final Logger LOG = LoggerFactory.getLogger("dev.akmatori.adapter.http.access");

  private AccessLog() {}

  public static void close(Context ctx, Float millis) {
    try {
      LOG.info(
          "{} {} {} {}ms", ctx.method().name(), ctx.path(), ctx.statusCode(), Math.round(millis));
    } finally {
      MDC.remove(RequestContext.MDC_KEY);
    }
  }
}
