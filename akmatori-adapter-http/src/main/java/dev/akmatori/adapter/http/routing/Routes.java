package dev.akmatori.adapter.http.routing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.OptionalLong;

/**
 * The one way endpoints are added: registers the handler with Javalin and records the route in the
 * {@link RouteTable}, so the 405 {@code Allow} header and the OpenAPI check see every route. A
 * route whose body may be larger than the server-wide limit (uploads) declares its own here.
 */
public final class Routes {
  private final RoutesConfig config;
  private final RouteTable table;

  public Routes(RoutesConfig config, RouteTable table) {
    this.config = config;
    this.table = table;
  }

  public Routes get(String template, Handler handler) {
    return add(HandlerType.GET, template, handler);
  }

  public Routes post(String template, Handler handler) {
    return add(HandlerType.POST, template, handler);
  }

  /** A POST route whose request body may be up to {@code maxBodyBytes}. */
  public Routes post(String template, long maxBodyBytes, Handler handler) {
    return add(HandlerType.POST, template, OptionalLong.of(maxBodyBytes), handler);
  }

  /**
   * A POST route whose request body may be up to {@code maxBodyBytes}, answering a larger one with
   * 413 and {@code tooLargeMessage} (e.g. the webhook's own message, contract §1.6).
   */
  public Routes post(String template, long maxBodyBytes, String tooLargeMessage, Handler handler) {
    table.add(HandlerType.POST.name(), template, OptionalLong.of(maxBodyBytes), tooLargeMessage);
    config.addHttpHandler(HandlerType.POST, template, handler);
    return this;
  }

  public Routes put(String template, Handler handler) {
    return add(HandlerType.PUT, template, handler);
  }

  /** A PUT route whose request body may be up to {@code maxBodyBytes}. */
  public Routes put(String template, long maxBodyBytes, Handler handler) {
    return add(HandlerType.PUT, template, OptionalLong.of(maxBodyBytes), handler);
  }

  /** A PUT route whose request body may be up to {@code maxBodyBytes}, with its own 413 message. */
  public Routes put(String template, long maxBodyBytes, String tooLargeMessage, Handler handler) {
    table.add(HandlerType.PUT.name(), template, OptionalLong.of(maxBodyBytes), tooLargeMessage);
    config.addHttpHandler(HandlerType.PUT, template, handler);
    return this;
  }

  public Routes delete(String template, Handler handler) {
    return add(HandlerType.DELETE, template, handler);
  }

  private Routes add(HandlerType method, String template, Handler handler) {
    return add(method, template, OptionalLong.empty(), handler);
  }

  private Routes add(HandlerType method, String template, OptionalLong maxBodyBytes, Handler handler) {
    table.add(method.name(), template, maxBodyBytes);
    config.addHttpHandler(method, template, handler);
    return this;
  }
}
