package dev.akmatori.adapter.http.routing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * The one way endpoints are added: registers the handler with Javalin and records the route in the
 * {@link RouteTable}, so the 405 {@code Allow} header and the OpenAPI check see every route.
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

  public Routes put(String template, Handler handler) {
    return add(HandlerType.PUT, template, handler);
  }

  public Routes delete(String template, Handler handler) {
    return add(HandlerType.DELETE, template, handler);
  }

  private Routes add(HandlerType method, String template, Handler handler) {
    table.add(method.name(), template);
    config.addHttpHandler(method, template, handler);
    return this;
  }
}
