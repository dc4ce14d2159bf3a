package dev.akmatori.application.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.auth.UnauthorizedException;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.FieldMappings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ingestion reports every processed alert with its source type and action, and every incident it opened. */
class AlertMetricsTest {
  private final IngestHarness h = new IngestHarness(AlertStores.inMemory());

  @Test
  void eachProcessedAlert_isCountedByAction_andEachOpenedIncidentAsCreatedUnderTheSourceType() {
    AlertSource am = h.register(AlertFixtures.source("alertmanager"));

    h.post(am, AlertFixtures.alertmanager("DiskFull", "db-01", "firing", "fp-1"));
    h.post(am, AlertFixtures.alertmanager("DiskFull", "db-01", "firing", "fp-1"));
    h.post(am, AlertFixtures.alertmanager("DiskFull", "db-01", "resolved", "fp-1"));
    h.post(am, AlertFixtures.alertmanager("CpuHigh", "db-02", "resolved", "fp-2"));
    h.post(h.register(AlertFixtures.source("zabbix")), AlertFixtures.ZABBIX_PROBLEM);

    assertThat(h.metrics.events()).containsExactly(
        "alert alertmanager created", "created alertmanager",
        "alert alertmanager deduplicated",
        "alert alertmanager resolved",
        "alert alertmanager ignored",
        "alert zabbix created", "created zabbix");
  }

  @Test
  void aRejectedDelivery_countsNothing() {
    AlertSource s = h.register(AlertFixtures.source("alertmanager", "secret", FieldMappings.none(), true));

    assertThatThrownBy(() -> h.ingest.ingest(s, AlertFixtures.delivery("{\"alerts\":[]}", Map.of())))
        .isInstanceOf(UnauthorizedException.class);

    assertThat(h.metrics.events()).isEmpty();
  }
}
