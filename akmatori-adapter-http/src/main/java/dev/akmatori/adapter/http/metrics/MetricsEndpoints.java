package dev.akmatori.adapter.http.metrics;

import dev.akmatori.adapter.http.routing.Routes;
import io.javalin.http.Context;

/**
 * {@code GET /api/metrics} and its alias {@code GET /metrics} (contract §3.11): the Prometheus
 * exposition, for any authenticated principal — a scraper sends an API key as its bearer token.
 */
public final class MetricsEndpoints {
  private final PrometheusMetrics metrics;

  public MetricsEndpoints(PrometheusMetrics metrics) {
    this.metrics = metrics;
  }

  public void register(Routes routes) {
    routes.get("/api/metrics", this::scrape).get("/metrics", this::scrape);
  }

  void scrape(Context ctx) {
    ctx.contentType(PrometheusMetrics.CONTENT_TYPE).result(metrics.scrape());
  }
}
