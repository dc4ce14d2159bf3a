package dev.akmatori.adapter.http.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.akmatori.adapter.http.json.Json;
import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.request.RequestContext;
import dev.akmatori.adapter.http.routing.RouteTable;
import dev.akmatori.application.auth.UnauthorizedException;
import dev.akmatori.domain.shared.DomainException;
import dev.akmatori.domain.shared.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one error mapper: every failure of a request becomes {@code {"error","code","details"?}} with
 * {@code Content-Type: application/json} (contract §1.3). Never a stack trace or SQL text.
 *
 * <p>Unexpected failures answer exactly {@code {"error":"Internal server error","code":
 * "internal_error"}}: the body keeps the contract's shape, and the generated {@code error_id} is
 * logged at ERROR next to the {@code request_id}, which the client already has in the response's
 * {@code X-Request-ID} header. Operators find the failure from the request id.
 */
public final class ErrorMapper {
  private static final String CHALLENGE = "Bearer realm=\"akmatori\"";
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
  private static final byte[] INTERNAL_BODY =
      "{\"error\":\"Internal server error\",\"code\":\"internal_error\"}"
          .getBytes(StandardCharsets.UTF_8);

  private final RouteTable routes;

  public ErrorMapper(RouteTable routes) {
    this.routes = routes;
  }

  /** Registers the handlers; Javalin picks the closest superclass of a thrown exception. */
  public void register(RoutesConfig config) {
    config.exception(DomainException.class, this::domain);
    config.exception(
        HttpProblem.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage(), null));
    config.exception(HttpResponseException.class, this::javalin);
    // A safety net for parser failures outside JsonBodies, which already turns them into 400s.
    // Only read-side exceptions: a failure to write a response is a server bug, hence a 500.
    config.exception(StreamReadException.class, this::malformed);
    config.exception(StreamConstraintsException.class, this::malformed);
    config.exception(Exception.class, this::unexpected);
  }

  /** Javalin's handler for {@link Error}s, which bypass the exception handlers. */
  public void onError(HttpServletResponse response, Error error) {
    logUnexpected(error, "-", "-");
    if (response.isCommitted()) {
      return;
    }
    try {
      response.reset();
      response.setStatus(500);
      response.setContentType(Json.CONTENT_TYPE);
      response.getOutputStream().write(INTERNAL_BODY);
    } catch (IOException | IllegalStateException gone) {
      LOG.debug("Could not write the 500 answer", gone);
    }
  }

  private void malformed(JsonProcessingException e, Context ctx) {
    write(ctx, 400, "bad_request", JsonBodies.malformedMessage(e), null);
  }

  private void domain(DomainException e, Context ctx) {
    DomainProblems.Mapping mapping = DomainProblems.of(e);
    Map<String, String> details = null;
    if (e instanceof ValidationException) {
      details = ((ValidationException) e).details();
    }
    if (e instanceof UnauthorizedException) {
      ctx.header("WWW-Authenticate", CHALLENGE);
    }
    write(ctx, mapping.status(), mapping.code(), e.getMessage(), details);
  }

  /** Javalin's own answers; an unmatched route is 405 when its path is served by other methods. */
  private void javalin(HttpResponseException e, Context ctx) {
    if (e instanceof EndpointNotFound) {
      Set<String> allowed = routes.allowedMethods(ctx.path());
      if (!allowed.isEmpty()) {
        ctx.header("Allow", String.join(", ", allowed));
        write(ctx, StatusProblems.forStatus(405), 405);
        return;
      }
    }
    write(ctx, StatusProblems.forStatus(e.getStatus()), e.getStatus());
  }

  private void unexpected(Exception e, Context ctx) {
    logUnexpected(e, ctx.method().name(), ctx.path());
    write(ctx, 500, "internal_error", StatusProblems.INTERNAL, null);
  }

  private static void logUnexpected(Throwable t, String method, String path) {
    String errorId = UUID.randomUUID().toString();
    LOG.error(
        "Unexpected failure error_id={} request_id={} {} {}",
        errorId,
        MDC.get(RequestContext.MDC_KEY),
        method,
        path,
        t);
  }

  private static void write(Context ctx, ErrorBody body, int status) {
    write(ctx, status, body.code(), body.error(), null);
  }

  private static void write(
      Context ctx, int status, String code, String message, Map<String, String> details) {
    ctx.status(status);
    ErrorBody body = new ErrorBody(message, code, details);
    ctx.result(ctx.jsonMapper().toJsonString(body, ErrorBody.class));
    ctx.contentType(Json.CONTENT_TYPE);
  }
}
