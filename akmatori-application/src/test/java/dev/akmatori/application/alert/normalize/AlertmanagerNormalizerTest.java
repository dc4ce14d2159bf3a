package dev.akmatori.application.alert.normalize;

import static dev.akmatori.application.alert.AlertFixtures.parse;
import static dev.akmatori.application.alert.AlertFixtures.shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.alert.AlertDetails;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alertsource.FieldMappings;
import dev.akmatori.domain.shared.BadRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Alertmanager adapter (contract §4.6) on the real bodies a Prometheus Alertmanager 0.25 sent. */
class AlertmanagerNormalizerTest {
  private static List<NormalizedAlert> normalize(String json) {
    return Normalizers.forType("alertmanager").orElseThrow().normalize(parse(json), FieldMappings.none());
  }

  @Test
  void aRealFiringBody_yieldsOneAlertReadFromLabelsAndAnnotations() {
    List<NormalizedAlert> alerts = normalize(shared("alertmanager-firing.json"));

    assertThat(alerts).hasSize(1);
    NormalizedAlert alert = alerts.get(0);
    AlertDetails d = alert.details();
    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(d.alertName()).isEqualTo("HighCPUUsage");
    assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(d.summary()).isEqualTo("CPU usage above 95% on web-01");
    assertThat(d.description()).isEqualTo("CPU has been >95% for 5 minutes");
    assertThat(d.targetHost()).isEqualTo("web-01:9100");
    assertThat(d.targetService()).isEqualTo("node");
    assertThat(d.runbookUrl()).isEmpty();
    assertThat(d.sourceAlertId()).isEqualTo("ee9d186e238f6046");
    assertThat(d.sourceFingerprint()).isEqualTo("ee9d186e238f6046");
    assertThat(d.targetLabels()).containsExactly(
        Map.entry("alertname", "HighCPUUsage"), Map.entry("instance", "web-01:9100"), Map.entry("job", "node"),
        Map.entry("service", "checkout"), Map.entry("severity", "critical"));
    assertThat(d.metricName()).isEmpty();
    assertThat(alert.startedAt()).contains(Instant.parse("2026-11-28T09:17:48Z"));
    assertThat(alert.endedAt()).as("the zero time is absent").isEmpty();
    assertThat(d.rawPayload()).containsEntry("generatorURL", "http://127.0.0.1:9090/graph?g0.expr=cpu")
        .doesNotContainKey("receiver");
  }

  @Test
  void aRealResolvedBody_isResolvedWithItsEndTime() {
    NormalizedAlert alert = normalize(shared("alertmanager-resolved.json")).get(0);

    assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.endedAt()).contains(Instant.parse("2026-11-28T09:17:50Z"));
    assertThat(alert.details().sourceFingerprint()).isEqualTo("ee9d186e238f6046");
  }

  @Test
  void aRealGroupOfTwo_yieldsTwoAlertsInPayloadOrder_withNanosecondStartTimes() {
    List<NormalizedAlert> alerts = normalize(shared("alertmanager-firing-2alerts.json"));

    assertThat(alerts).extracting(a -> a.details().sourceFingerprint()).containsExactly("917be94291bc20fe", "fe04b137b7c15ff3");
    assertThat(alerts).extracting(a -> a.details().summary())
        .containsExactly("Disk / above 90% on db-01", "Disk /var above 90% on db-01");
    assertThat(alerts.get(0).startedAt()).contains(Instant.parse("2026-11-28T09:17:52.484365145Z"));
    assertThat(alerts.get(0).details().severity()).isEqualTo(Severity.WARNING);
    assertThat(alerts.get(1).details().targetLabels()).containsEntry("mountpoint", "/var");
  }

  @Test
  void eachItemsOwnStatusCounts_notTheGroupStatus_andAFiringEndTimeIsDropped() {
    String body = "{\"status\":\"firing\",\"alerts\":[{\"status\":\"resolved\",\"labels\":{\"alertname\":\"A\"},"
        + "\"endsAt\":\"2026-05-06T10:00:00Z\"},{\"status\":\"firing\",\"labels\":{\"alertname\":\"B\"},"
        + "\"endsAt\":\"2026-05-06T10:05:00Z\"}]}";
    List<NormalizedAlert> alerts = normalize(body);

    assertThat(alerts).extracting(NormalizedAlert::status).containsExactly(AlertStatus.RESOLVED, AlertStatus.FIRING);
    assertThat(alerts.get(0).endedAt()).contains(Instant.parse("2026-05-06T10:00:00Z"));
    assertThat(alerts.get(1).endedAt()).isEmpty();
  }

  @Test
  void anEmptyAlertsArray_yieldsNoAlerts_andAMissingNameTheFallback() {
    assertThat(normalize("{\"alerts\":[]}")).isEmpty();
    NormalizedAlert alert = normalize("{\"alerts\":[{\"labels\":{}}]}").get(0);
    assertThat(alert.details().alertName()).isEqualTo("Alertmanager Alert");
    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(alert.details().severity()).isEqualTo(Severity.WARNING);
    assertThat(alert.startedAt()).isEmpty();
  }

  @Test
  void missingOrNonArrayAlerts_andNonObjectItems_areInvalidPayloads() {
    assertThatThrownBy(() -> normalize("{\"status\":\"firing\"}"))
        .isInstanceOf(BadRequestException.class).hasMessage("Invalid payload: alerts must be an array");
    assertThatThrownBy(() -> normalize("{\"alerts\":{\"0\":{}}}"))
        .isInstanceOf(BadRequestException.class).hasMessage("Invalid payload: alerts must be an array");
    assertThatThrownBy(() -> normalize("{\"alerts\":[{},\"x\",{}]}"))
        .isInstanceOf(BadRequestException.class).hasMessage("Invalid payload: alerts[1] must be an object");
    assertThatThrownBy(() -> normalize("[1,2]"))
        .isInstanceOf(BadRequestException.class).hasMessage("Invalid payload: body must be a JSON object");
  }
}
