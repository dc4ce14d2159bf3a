package dev.akmatori.application.metrics;

import java.util.Objects;

/** Every observer port in one value, for the wiring to hand to each feature the ones it needs. */
public record MetricsPorts(
    IncidentMetrics incidents,
    InvestigationMetrics investigations,
    ModelCallMetrics models,
    ToolCallMetrics tools,
    AlertMetrics alerts) {
  /** Observes nothing. */
  public static final MetricsPorts NONE =
      new MetricsPorts(
          IncidentMetrics.NONE, InvestigationMetrics.NONE, ModelCallMetrics.NONE, ToolCallMetrics.NONE, AlertMetrics.NONE);

  public MetricsPorts {
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(investigations, "investigations");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(tools, "tools");
    Objects.requireNonNull(alerts, "alerts");
  }

  /** One implementation of every port. */
  public static <T extends IncidentMetrics & InvestigationMetrics & ModelCallMetrics & ToolCallMetrics & AlertMetrics>
      MetricsPorts of(T all) {
    return new MetricsPorts(all, all, all, all, all);
  }
}
