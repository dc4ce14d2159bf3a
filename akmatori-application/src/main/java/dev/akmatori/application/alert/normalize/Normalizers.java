package dev.akmatori.application.alert.normalize;

import java.util.Map;
import java.util.Optional;

/** The payload adapter of each built-in alert source type (contract §4.6). */
public final class Normalizers {
  private static final Map<String, PayloadNormalizer> BY_TYPE =
      Map.of(
          "alertmanager", AlertmanagerNormalizer.alertmanager(),
          "grafana", AlertmanagerNormalizer.grafana(),
          "pagerduty", new PagerDutyNormalizer(),
          "datadog", new DatadogNormalizer(),
          "zabbix", new ZabbixNormalizer());

  private Normalizers() {}

  /** The adapter of type {@code name}; empty for a type this build does not know. */
  public static Optional<PayloadNormalizer> forType(String name) {
    return Optional.ofNullable(BY_TYPE.get(name));
  }
}
