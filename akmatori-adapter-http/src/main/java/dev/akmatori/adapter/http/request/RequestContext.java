package dev.akmatori.adapter.http.request;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The first before-handler of every request (contract §1.1): picks the request id, puts it in the
 * response and in the logging MDC, adds the CORS headers and answers any {@code OPTIONS} with 204
 * before authentication.
 */
public final class RequestContext {
  /** The MDC key the launcher's log pattern prints. */
  public static final String MDC_KEY = "request_id";

  public static final String HEADER = "X-Request-ID";

  private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  private RequestContext() {}

  public static void open(Context ctx) {
    String id = acceptId(ctx.header(HEADER));
    MDC.put(MDC_KEY, id);
    ctx.header(HEADER, id);
    Cors.apply(ctx);
    if (HandlerType.OPTIONS.equals(ctx.method())) {
      Cors.preflight(ctx);
      ctx.status(204);
      ctx.res().setContentType(null);
      ctx.skipRemainingHandlers();
    }
  }

  /** The client's id when it is 1–128 characters of {@code [A-Za-z0-9._-]}, else a new UUID v4. */
  public static String acceptId(String presented) {
    return presented != null && VALID_ID.matcher(presented).matches()
        ? presented
        : UUID.randomUUID().toString();
  }
}
