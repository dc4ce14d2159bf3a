package dev.akmatori.application.alert;

import static dev.akmatori.application.alert.AlertFixtures.alertmanager;
import static dev.akmatori.application.alert.AlertFixtures.shared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.incident.IncidentStores;
import dev.akmatori.application.investigation.RunEnding;
import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.CorrelationWindow;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deduplication, correlation and resolution table of contract §4.7 through {@link IngestAlerts},
 * over stores that subclasses provide (the fakes, H2, PostgreSQL).
 */
public abstract class AlertIngestionContract {
  protected IngestHarness h;
  protected AlertSource am;

  /** Fresh, empty stores. */
  protected abstract AlertStores newStores();

  protected IngestHarness harness(CorrelationWindow window) {
    return new IngestHarness(newStores(), window);
  }

  @BeforeEach
  void setUpHarness() {
    h = harness(CorrelationWindow.ofMinutes(60));
    am = AlertFixtures.source("alertmanager");
  }

  protected List<Incident> incidents() {
    return h.stores.incidents().incidents().list(IncidentFilter.none(), PageRequest.ALL).items();
  }

  protected List<Alert> alerts() {
    return h.stores.alerts().list(AlertFilter.none(), PageRequest.ALL).items();
  }

  protected Incident incident(IncidentId id) {
    return h.stores.incidents().incidents().find(id).orElseThrow();
  }

  /** Ends the (only) pending incident as {@code status} at {@code at}. */
  protected void finish(IncidentStatus status, Instant at) {
    IncidentStores s = h.stores.incidents();
    Incident running = s.queue().claimNext("test-owner", at.plusSeconds(30), at).orElseThrow();
    RunEnding ending = status == IncidentStatus.COMPLETED ? RunEnding.completed("done", 1) : RunEnding.failed("boom", 1);
    assertThat(s.queue().finish(running.uuid(), "test-owner", ending, at)).isTrue();
  }

  @Test
  void aNewFiringAlert_createsAPendingIncident_andALinkedAlert() {
    AlertOutcome out = h.post(am, shared("alertmanager-firing.json")).alerts().get(0);

    assertThat(out.action()).isEqualTo(AlertAction.CREATED);
    assertThat(out.status()).isEqualTo(AlertStatus.FIRING);
    Incident incident = incident(out.incident().orElseThrow());
    assertThat(incident.status()).isEqualTo(IncidentStatus.PENDING);
    assertThat(incident.source()).isEqualTo("alertmanager");
    assertThat(incident.sourceId()).isEqualTo("ee9d186e238f6046");
    assertThat(incident.title()).isEqualTo("HighCPUUsage - web-01:9100: CPU usage above 95% on web-01");
    assertThat(incident.alertCount()).isEqualTo(1);
    assertThat(incident.context()).containsEntry("fingerprint", out.fingerprint().value())
        .containsEntry("source_uuid", am.uuid().toString()).containsEntry("source_instance", am.config().name());
    assertThat(incident.workingDir()).isEqualTo("/data/incidents/" + incident.uuid());

    Alert alert = alerts().get(0);
    assertThat(alert.uuid()).isEqualTo(out.alert().orElseThrow());
    assertThat(alert.incident()).contains(incident.uuid());
    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(alert.firedAt()).isEqualTo(Instant.parse("2026-11-28T09:17:48Z"));
    assertThat(alert.lastSeenAt()).isEqualTo(IngestHarness.T0);
    assertThat(alert.resolvedAt()).isNull();
    assertThat(alert.superseded()).isFalse();
    assertThat(alert.origin().sourceType()).isEqualTo("alertmanager");
    assertThat(alert.details().targetLabels()).containsEntry("service", "checkout");

    assertThat(h.wakeUps).hasValue(1);
    assertThat(h.workspace.file(incident.uuid(), "AGENTS.md")).isEqualTo("# Incident Manager\n\nInvestigate carefully.");
    assertThat(h.announced).extracting(Incident::uuid).containsExactly(incident.uuid());
  }

  @Test
  void theSameFiringAlertAgain_isDeduplicated_onlyItsLastSeenMoves() {
    AlertOutcome first = h.post(am, shared("alertmanager-firing.json")).alerts().get(0);
    h.clock.advance(Duration.ofMinutes(5));

    AlertOutcome again = h.post(am, shared("alertmanager-firing.json")).alerts().get(0);

    assertThat(again.action()).isEqualTo(AlertAction.DEDUPLICATED);
    assertThat(again.alert()).isEqualTo(first.alert());
    assertThat(again.incident()).isEqualTo(first.incident());
    assertThat(incidents()).hasSize(1);
    assertThat(alerts()).hasSize(1);
    Alert alert = alerts().get(0);
    assertThat(alert.lastSeenAt()).isEqualTo(IngestHarness.T0.plus(Duration.ofMinutes(5)));
    assertThat(alert.updatedAt()).isEqualTo(IngestHarness.T0);
    assertThat(incident(first.incident().orElseThrow()).alertCount()).isEqualTo(1);
    assertThat(h.wakeUps).hasValue(1);
  }

  @Test
  void aResolvedAlert_resolvesTheFiringOne_andLeavesTheIncidentAlone() {
    AlertOutcome fired = h.post(am, shared("alertmanager-firing.json")).alerts().get(0);
    h.clock.advance(Duration.ofMinutes(1));

    AlertOutcome resolved = h.post(am, shared("alertmanager-resolved.json")).alerts().get(0);

    assertThat(resolved.action()).isEqualTo(AlertAction.RESOLVED);
    assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(resolved.alert()).isEqualTo(fired.alert());
    assertThat(resolved.incident()).isEqualTo(fired.incident());
    Alert alert = alerts().get(0);
    assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.resolvedAt()).isEqualTo(Instant.parse("2026-11-28T09:17:50Z"));
    assertThat(alert.lastSeenAt()).isEqualTo(IngestHarness.T0.plusSeconds(60));
    assertThat(alert.superseded()).isFalse();
    assertThat(incident(fired.incident().orElseThrow()).status()).isEqualTo(IncidentStatus.PENDING);
  }

  @Test
  void aResolvedAlertWithoutAMatch_isIgnored_andNothingIsStored() {
    IngestResult result = h.post(am, shared("alertmanager-resolved.json"));

    AlertOutcome out = result.alerts().get(0);
    assertThat(out.action()).isEqualTo(AlertAction.IGNORED);
    assertThat(out.alert()).isEmpty();
    assertThat(out.incident()).isEmpty();
    assertThat(out.fingerprint().value()).matches("[0-9a-f]{32}");
    assertThat(alerts()).isEmpty();
    assertThat(incidents()).isEmpty();
    assertThat(h.wakeUps).hasValue(0);
  }

  @Test
  void twoAlertsOfOneGroup_withOneFingerprint_makeOneIncident_theSecondCorrelated() {
    IngestResult result = h.post(am, shared("alertmanager-firing-2alerts.json"));

    assertThat(result.received()).isEqualTo(2);
    assertThat(result.alerts()).extracting(AlertOutcome::action).containsExactly(AlertAction.CREATED, AlertAction.CORRELATED);
    assertThat(result.alerts().get(1).incident()).isEqualTo(result.alerts().get(0).incident());
    assertThat(incidents()).hasSize(1);
    assertThat(incidents().get(0).alertCount()).isEqualTo(2);
    assertThat(h.wakeUps).hasValue(1);
  }

  @Test
  void anotherSourceFingerprint_withTheSameNameAndHost_correlatesToTheLiveIncident() {
    AlertOutcome first = h.post(am, alertmanager("DiskFull", "db-1", "firing", "aaaa")).alerts().get(0);
    AlertOutcome second = h.post(am, alertmanager("diskfull", "DB-1", "firing", "bbbb")).alerts().get(0);

    assertThat(second.action()).isEqualTo(AlertAction.CORRELATED);
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(second.incident()).isEqualTo(first.incident());
    assertThat(second.alert()).isNotEqualTo(first.alert());
  }

  @Test
  void otherSources_neverCorrelate_evenWithTheSameAlert() {
    AlertSource other = AlertFixtures.source("alertmanager");
    AlertOutcome a = h.post(am, shared("alertmanager-firing.json")).alerts().get(0);
    AlertOutcome b = h.post(other, shared("alertmanager-firing.json")).alerts().get(0);

    assertThat(b.action()).isEqualTo(AlertAction.CREATED);
    assertThat(b.incident()).isNotEqualTo(a.incident());
    assertThat(h.post(other, shared("alertmanager-resolved.json")).alerts().get(0).alert()).isEqualTo(b.alert());
  }

  @Test
  void firingAgainAfterTheIncidentFailed_supersedesTheOldAlert_andOpensANewIncident() {
    AlertOutcome first = h.post(am, shared("alertmanager-firing.json")).alerts().get(0);
    finish(IncidentStatus.FAILED, IngestHarness.T0.plusSeconds(10));
    h.clock.advance(Duration.ofMinutes(2));

    AlertOutcome again = h.post(am, shared("alertmanager-firing.json")).alerts().get(0);

    assertThat(again.action()).isEqualTo(AlertAction.CREATED);
    assertThat(again.incident()).isNotEqualTo(first.incident());
    Alert old = alerts().stream().filter(a -> a.uuid().equals(first.alert().orElseThrow())).findFirst().orElseThrow();
    assertThat(old.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(old.superseded()).isTrue();
    assertThat(old.resolvedAt()).isEqualTo(IngestHarness.T0.plus(Duration.ofMinutes(2)));
    assertThat(old.incident()).isEqualTo(first.incident());
    assertThat(incidents()).hasSize(2);
    assertThat(h.wakeUps).hasValue(2);
  }

  @Test
  void aCompletedIncident_staysLiveForTheWindow_thenANewOneOpens() {
    AlertOutcome first = h.post(am, shared("alertmanager-firing.json")).alerts().get(0);
    finish(IncidentStatus.COMPLETED, IngestHarness.T0.plusSeconds(10));

    h.clock.advance(Duration.ofMinutes(60));
    assertThat(h.post(am, shared("alertmanager-firing.json")).alerts().get(0).action()).isEqualTo(AlertAction.DEDUPLICATED);
    assertThat(h.post(am, alertmanager("HighCPUUsage", "web-01:9100", "firing", "other")).alerts().get(0).action())
        .isEqualTo(AlertAction.CORRELATED);
    assertThat(incident(first.incident().orElseThrow()).alertCount()).as("terminal incidents still count alerts").isEqualTo(2);

    h.clock.advance(Duration.ofSeconds(11));
    AlertOutcome late = h.post(am, shared("alertmanager-firing.json")).alerts().get(0);
    assertThat(late.action()).isEqualTo(AlertAction.CREATED);
    assertThat(late.incident()).isNotEqualTo(first.incident());
  }

  @Test
  void aZeroWindow_neverCorrelatesWithCompletedIncidents() {
    h = harness(CorrelationWindow.ofMinutes(0));
    h.post(am, shared("alertmanager-firing.json"));
    finish(IncidentStatus.COMPLETED, IngestHarness.T0);

    assertThat(h.post(am, shared("alertmanager-firing.json")).alerts().get(0).action()).isEqualTo(AlertAction.CREATED);
  }

  @Test
  void aResolvedAlertWithoutSourceFingerprint_resolvesTheNewestFiringAlertOfItsFingerprint() {
    AlertSource zbx = AlertFixtures.source("zabbix");
    String firing = "{\"alert_name\":\"Disk\",\"hardware\":\"h1\",\"event_status\":\"PROBLEM\"}";
    AlertOutcome one = h.post(zbx, firing).alerts().get(0);
    h.clock.advance(Duration.ofSeconds(1));
    AlertOutcome two = h.post(zbx, firing).alerts().get(0);
    assertThat(two.action()).as("no source fingerprint: no dedup").isEqualTo(AlertAction.CORRELATED);

    AlertOutcome resolved =
        h.post(zbx, "{\"alert_name\":\"DISK\",\"hardware\":\"H1\",\"event_status\":\"OK\"}").alerts().get(0);

    assertThat(resolved.action()).isEqualTo(AlertAction.RESOLVED);
    assertThat(resolved.alert()).isEqualTo(two.alert());
    assertThat(resolved.incident()).isEqualTo(one.incident());
    assertThat(alerts()).extracting(Alert::status).containsExactlyInAnyOrder(AlertStatus.RESOLVED, AlertStatus.FIRING);
  }

  @Test
  void aResolvedAlertWithASourceFingerprint_onlyResolvesThatOne() {
    h.post(am, alertmanager("DiskFull", "db-1", "firing", "aaaa"));
    AlertOutcome resolved = h.post(am, alertmanager("DiskFull", "db-1", "resolved", "bbbb")).alerts().get(0);

    assertThat(resolved.action()).isEqualTo(AlertAction.IGNORED);
    assertThat(alerts().get(0).status()).isEqualTo(AlertStatus.FIRING);
  }

  @Test
  void identicalFiringAlertsArrivingTogether_makeExactlyOneIncident() throws Exception {
    List<AlertOutcome> outcomes = concurrently(8, i -> shared("alertmanager-firing.json"));

    assertThat(outcomes).filteredOn(o -> o.action() == AlertAction.CREATED).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o.action() == AlertAction.DEDUPLICATED).hasSize(7);
    assertThat(outcomes).extracting(AlertOutcome::incident).containsOnly(outcomes.get(0).incident());
    assertThat(incidents()).hasSize(1);
    assertThat(alerts()).hasSize(1);
    assertThat(incidents().get(0).alertCount()).isEqualTo(1);
  }

  @Test
  void alertsOfOneFingerprintArrivingTogether_makeOneIncident_theRestCorrelated() throws Exception {
    List<AlertOutcome> outcomes = concurrently(6, i -> alertmanager("DiskFull", "db-1", "firing", "sfp-" + i));

    assertThat(outcomes).filteredOn(o -> o.action() == AlertAction.CREATED).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o.action() == AlertAction.CORRELATED).hasSize(5);
    assertThat(incidents()).hasSize(1);
    assertThat(incidents().get(0).alertCount()).isEqualTo(6);
    assertThat(alerts()).hasSize(6);
  }

  /** Posts {@code n} bodies to {@link #am} from {@code n} threads released at once. */
  protected List<AlertOutcome> concurrently(int n, java.util.function.IntFunction<String> body) throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(n);
      List<java.util.concurrent.Future<AlertOutcome>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          start.await(30, java.util.concurrent.TimeUnit.SECONDS);
          return h.post(am, body.apply(index)).alerts().get(0);
        }));
      }
      List<AlertOutcome> outcomes = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<AlertOutcome> f : futures) {
        outcomes.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aPayloadWithoutAlerts_receivesZero() {
    assertThat(h.post(am, "{\"alerts\":[]}").received()).isZero();
    assertThat(h.post(AlertFixtures.source("pagerduty"), AlertFixtures.PAGERDUTY_PING).received()).isZero();
    assertThat(incidents()).isEmpty();
  }
}
