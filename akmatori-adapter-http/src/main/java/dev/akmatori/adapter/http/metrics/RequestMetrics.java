package dev.akmatori.adapter.http.metrics;

import dev.akmatori.adapter.http.routing.RouteTable;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every answered request under its route template (contract §3.11). The template is the
 * endpoint Javalin matched; a request turned away before routing (a 401) or answered 405 has none,
 * so the route table names the template of its path. Root aliases count under their {@code /api}
 * template; a path no route has is {@code unmatched} — the raw path never becomes a label.
 */
public final class RequestMetrics {
  private static final Logger LOG = LoggerFactory.getLogger(RequestMetrics.class);
  private static final String API = "/api";

  private final PrometheusMetrics metrics;
  private final RouteTable routes;

  public RequestMetrics(PrometheusMetrics metrics, RouteTable routes) {
    this.metrics = metrics;
    this.routes = routes;
  }

  /** Javalin's request logger: called once per answered request, {@code millis} its handling time. */
  public void record(Context ctx, Float millis) {
    try {
      String method = ctx.method().name();
      long nanos = millis == null ? 0 : Math.max(0, Math.round(millis.doubleValue() * 1_000_000));
      metrics.requestServed(method, route(ctx, method), ctx.statusCode(), Duration.ofNanos(nanos));
    } catch (RuntimeException e) {
      LOG.warn("Could not count request {} {}: {}", ctx.method(), ctx.path(), e.toString());
    }
  }

  String route(Context ctx, String method) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    Optional<String> template = matched != null ? Optional.of(matched.path) : routes.template(method, ctx.path());
    return template.map(RequestMetrics::underApi).orElse(Families.UNMATCHED);
  }

  /** {@code /metrics} is {@code /api/metrics}, {@code /webhook/alert/{uuid}} its {@code /api} route (§1.1). */
  static String underApi(String template) {
    return template.equals(API) || template.startsWith(API + "/") ? template : API + template;
  }
}
