package dev.akmatori.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akmatori.adapter.http.error.ErrorMapper;
import dev.akmatori.adapter.http.error.JettyErrorHandler;
import dev.akmatori.adapter.http.json.JsonBodies;
import dev.akmatori.adapter.http.metrics.RequestMetrics;
import dev.akmatori.adapter.http.request.AccessLog;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** Server-wide Javalin and Jetty settings, apart from the routes. */
final class ServerSettings {
  /** How long {@code stop()} waits for requests in flight. */
  static final long STOP_TIMEOUT_MS = 10_000;

  private ServerSettings() {}

  static void apply(JavalinConfig config, ObjectMapper mapper, ErrorMapper errors, RequestMetrics metrics) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.router.ignoreTrailingSlashes = true;
    config.router.caseInsensitiveRoutes = false;
    config.http.maxRequestSize = JsonBodies.MAX_BYTES;
    config.jsonMapper(new JavalinJackson(mapper, false));
    // Called once per answered request, after everything else (401s and 404s included): count it,
    // then log it (the access log also clears the request id from the MDC).
    config.requestLogger.http(
        (ctx, millis) -> {
          try {
            metrics.record(ctx, millis);
          } finally {
            AccessLog.close(ctx, millis);
          }
        });
    config.router.javaLangErrorHandler(errors::onError);
    // Javalin lets ambiguous URIs (%2F, %2E%2E in a segment) through to the router; the contract
    // wants them rejected before routing, which Jetty's default compliance mode does.
    config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.DEFAULT));
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new JettyErrorHandler(mapper));
          server.insertHandler(new GracefulHandler());
          server.setStopTimeout(STOP_TIMEOUT_MS);
        });
  }
}
