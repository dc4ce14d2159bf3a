package dev.akmatori.app;

import dev.akmatori.adapter.http.metrics.PrometheusMetrics;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.investigation.IncidentEndObserver;
import dev.akmatori.application.metrics.MetricsPorts;

/**
 * The metrics' part of the graph (contract §3.11): one Prometheus registry per process, served by
 * the HTTP server, whose observer ports the features call, with the queue depth read from the
 * database.
 */
final class MetricsWiring {
  final PrometheusMetrics prometheus;
  final MetricsPorts ports;

  private MetricsWiring(PrometheusMetrics prometheus) {
    this.prometheus = prometheus;
    this.ports = prometheus.ports();
  }

  static MetricsWiring create(PersistenceAdapter persistence) {
    return new MetricsWiring(new PrometheusMetrics(persistence.pendingIncidents()));
  }

  /** {@code first}, then the count of finished incidents by status: every terminal write is seen once. */
  IncidentEndObserver ended(IncidentEndObserver first) {
    return first.andThen(incident -> ports.incidents().finished(incident.status()));
  }
}
