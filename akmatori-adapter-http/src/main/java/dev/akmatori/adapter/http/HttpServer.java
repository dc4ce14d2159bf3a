package dev.akmatori.adapter.http;

import dev.akmatori.adapter.http.metrics.PrometheusMetrics;
import io.javalin.Javalin;

/**
 * A running REST API. The launcher starts and stops it through this class alone, without seeing
 * any Javalin type.
 */
public final class HttpServer implements AutoCloseable {
  private final Javalin app;

  private HttpServer(Javalin app) {
    this.app = app;
  }

  /**
   * Builds the API and listens on {@code bindAddress}:{@code port} (0 picks a free port).
   *
   * @throws IllegalStateException when the server cannot start, e.g. the port is taken
   */
  public static HttpServer start(HttpDependencies deps, String bindAddress, int port) {
    return start(deps, PrometheusMetrics.withoutQueue(), bindAddress, port);
  }

  /**
   * As {@link #start(HttpDependencies, String, int)}, serving {@code metrics} at {@code /api/metrics}
   * and recording every request in it.
   */
  public static HttpServer start(HttpDependencies deps, PrometheusMetrics metrics, String bindAddress, int port) {
    Javalin app = HttpApi.create(deps, metrics);
    try {
      app.start(bindAddress, port);
    } catch (RuntimeException e) {
      // Javalin's own exception types stay inside this module.
      throw new IllegalStateException(
          "Cannot start the HTTP server on " + bindAddress + ":" + port + ": " + e.getMessage(), e);
    }
    return new HttpServer(app);
  }

  /** The port actually bound. */
  public int port() {
    return app.port();
  }

  /** Stops accepting connections and waits up to ten seconds for requests in flight. */
  @Override
  public void close() {
    app.stop();
  }
}
