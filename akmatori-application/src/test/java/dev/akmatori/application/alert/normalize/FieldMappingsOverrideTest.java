package dev.akmatori.application.alert.normalize;

import static dev.akmatori.application.alert.AlertFixtures.parse;
import static dev.akmatori.application.alert.AlertFixtures.shared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-instance field mappings on top of the built-in extraction (contract §4.4). */
class FieldMappingsOverrideTest {
  private static NormalizedAlert one(String type, String json, Map<String, String> mappings) {
    return Normalizers.forType(type).orElseThrow().normalize(parse(json), FieldMappings.parse(mappings)).get(0);
  }

  @Test
  void alertmanagerPaths_resolveAgainstTheItem_andReplaceOnlyWhenNonEmpty() {
    NormalizedAlert alert = one("alertmanager", shared("alertmanager-firing.json"), Map.of(
        "target_host", "labels.service", "alert_name", "labels.missing", "summary", "generatorURL",
        "target_service", "receiver"));

    assertThat(alert.details().targetHost()).isEqualTo("checkout");
    assertThat(alert.details().alertName()).as("empty result keeps the built-in").isEqualTo("HighCPUUsage");
    assertThat(alert.details().summary()).isEqualTo("http://127.0.0.1:9090/graph?g0.expr=cpu");
    assertThat(alert.details().targetService()).as("receiver is not in the item").isEqualTo("node");
  }

  @Test
  void mappedSeverityAndStatus_goThroughTheGenericNormalisation_overridingVendorRules() {
    String pd = AlertFixtures.PAGERDUTY_TRIGGERED;
    NormalizedAlert alert = one("pagerduty", pd, Map.of(
        "severity", "event.data.urgency", "status", "event.data.status", "target_host", "event.agent.summary"));

    assertThat(alert.details().severity()).isEqualTo(Severity.HIGH);
    assertThat(alert.status()).as("'triggered' is a firing word").isEqualTo(AlertStatus.FIRING);
    assertThat(alert.details().targetHost()).isEqualTo("Tenex Engineer");
    NormalizedAlert resolved = one("pagerduty", pd, Map.of("status", "event.data.resolve_reason"));
    assertThat(resolved.status()).as("null maps to nothing").isEqualTo(AlertStatus.FIRING);
  }

  @Test
  void numbersAndBooleans_mapAsJsonText_objectsAndArraysAsNothing() {
    String body = "{\"n\":{\"i\":42,\"f\":95.5,\"b\":true,\"o\":{\"x\":1},\"a\":[1]},\"alert_name\":\"Z\"}";
    NormalizedAlert alert = one("zabbix", body, Map.of(
        "metric_value", "n.f", "metric_name", "n.i", "summary", "n.b", "target_host", "n.o", "description", "n.a"));

    assertThat(alert.details().metricValue()).isEqualTo("95.5");
    assertThat(alert.details().metricName()).isEqualTo("42");
    assertThat(alert.details().summary()).isEqualTo("true");
    assertThat(alert.details().targetHost()).isEmpty();
    assertThat(alert.details().description()).startsWith("Metric: ");
  }

  @Test
  void mappedTimes_parseAsRfc3339OrPlainUtc_andUnparseableOnesAreIgnored() {
    String body = "{\"a\":\"2026-05-06 11:00:00\",\"b\":\"not a time\",\"c\":\"2026-05-06T12:00:00.5-01:00\",\"event_time\":\"2026-05-06 09:00:00\"}";
    NormalizedAlert alert = one("zabbix", body, Map.of("started_at", "b", "ended_at", "c"));
    assertThat(alert.startedAt()).contains(Instant.parse("2026-05-06T09:00:00Z"));
    assertThat(alert.endedAt()).contains(Instant.parse("2026-05-06T13:00:00.5Z"));
    assertThat(one("zabbix", body, Map.of("started_at", "a")).startedAt()).contains(Instant.parse("2026-05-06T11:00:00Z"));
  }

  @Test
  void datadogMappings_resolveAgainstTheWholeBody() {
    NormalizedAlert alert = one("datadog", AlertFixtures.DATADOG_TRIGGERED, Map.of(
        "alert_name", "org_name", "source_fingerprint", "alert_id", "metric_value", "alert_query"));
    assertThat(alert.details().alertName()).isEqualTo("Acme");
    assertThat(alert.details().sourceFingerprint()).isEqualTo("123456");
    assertThat(alert.details().metricValue()).startsWith("avg(last_5m)");
  }
}
