package dev.akmatori.application.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.application.auth.UnauthorizedException;
import dev.akmatori.application.alertsource.AlertSourceLookup;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.alertsource.FieldMappings;
import dev.akmatori.domain.shared.BadRequestException;
import dev.akmatori.domain.shared.ForbiddenException;
import dev.akmatori.domain.shared.NotFoundException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The order of the webhook's checks (contract §4.1 steps 2–6) in {@link IngestAlerts}. */
class IngestAlertsTest {
  private final IngestHarness h = new IngestHarness(AlertStores.inMemory());

  @Test
  void anUnknownOrMalformedUuid_isNotFound() {
    assertThatThrownBy(() -> h.ingest.source("0f6b1c2e-7a4d-4c1e-9f3a-2b5d8e9a1c77"))
        .isInstanceOf(NotFoundException.class).hasMessage("Alert source not found");
    assertThatThrownBy(() -> h.ingest.source("nope")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aDisabledSource_isForbidden() {
    AlertSource disabled = h.register(AlertFixtures.source("grafana", "", FieldMappings.none(), false));
    assertThatThrownBy(() -> h.ingest.source(disabled.uuid().toString()))
        .isInstanceOf(ForbiddenException.class).hasMessage("Alert source is disabled");
    AlertSource enabled = h.register(AlertFixtures.source("grafana"));
    assertThat(h.ingest.source(enabled.uuid().toString())).isEqualTo(enabled);
  }

  @Test
  void theSecretIsCheckedBeforeTheBodyIsParsed() {
    AlertSource s = AlertFixtures.source("alertmanager", "secret", FieldMappings.none(), true);
    AtomicInteger parsed = new AtomicInteger();
    WebhookDelivery garbage =
        new WebhookDelivery(WebhookHeaders.none(), "not json".getBytes(), body -> {
          parsed.incrementAndGet();
          throw new BadRequestException("Invalid payload: malformed");
        });

    assertThatThrownBy(() -> h.ingest.ingest(s, garbage)).isInstanceOf(UnauthorizedException.class);
    assertThat(parsed).hasValue(0);
  }

  @Test
  void aBadBodyWithTheRightSecret_isAnInvalidPayload() {
    AlertSource s = AlertFixtures.source("alertmanager", "secret", FieldMappings.none(), true);
    assertThatThrownBy(() -> h.ingest.ingest(s, AlertFixtures.delivery("{\"alerts\":5}", Map.of("X-Alertmanager-Secret", "secret"))))
        .isInstanceOf(BadRequestException.class).hasMessage("Invalid payload: alerts must be an array");
    assertThatThrownBy(() -> h.ingest.ingest(s, AlertFixtures.delivery("{oops", Map.of("Authorization", "Bearer secret"))))
        .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Invalid payload: malformed JSON");
  }

  @Test
  void aRefusedPayload_storesNothing_evenWhenEarlierItemsWereFine() {
    AlertSource s = AlertFixtures.source("alertmanager");
    assertThatThrownBy(() -> h.post(s, "{\"alerts\":[{\"labels\":{\"alertname\":\"A\"}},7]}"))
        .hasMessage("Invalid payload: alerts[1] must be an object");
    assertThat(h.stores.alerts().list(dev.akmatori.domain.alert.AlertFilter.none(), dev.akmatori.domain.shared.PageRequest.ALL).total()).isZero();
  }

  @Test
  void aFailingAnnouncement_neitherFailsTheWebhookNorLosesTheIncident() {
    IngestAlerts failing =
        new IngestAlerts(
            new IngestAlerts.Ports(uuid -> java.util.Optional.empty(), h.stores.alerts(), h.workspace, () -> "p",
                h.wakeUps::incrementAndGet, (incident, alert, source) -> {
                  throw new IllegalStateException("slack is down");
                }),
            dev.akmatori.domain.alert.CorrelationWindow.ofMinutes(60), h.clock, java.util.UUID::randomUUID);

    IngestResult result = failing.ingest(AlertFixtures.source("alertmanager"), AlertFixtures.delivery(AlertFixtures.shared("alertmanager-firing.json")));

    assertThat(result.alerts().get(0).incident()).isPresent();
    assertThat(h.wakeUps).hasValue(1);
  }

  @Test
  void eachOpenedIncident_isHandedToTheTitles_withItsAlertMessage_afterTheAnnouncement_evenIfThatThrew() {
    java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    AlertIncidentObserver throwing = (incident, alert, source) -> {
      asked.add("announce");
      throw new IllegalStateException("slack is down");
    };
    IngestAlerts ingest =
        new IngestAlerts(
            new IngestAlerts.Ports(uuid -> java.util.Optional.empty(), h.stores.alerts(), h.workspace, () -> "p",
                h.wakeUps::incrementAndGet,
                throwing.andThen(AlertIncidentObserver.requestingTitles((incident, text) -> asked.add(incident + " " + text)))),
            dev.akmatori.domain.alert.CorrelationWindow.ofMinutes(60), h.clock, java.util.UUID::randomUUID);

    AlertSource source = AlertFixtures.source("alertmanager");
    IngestResult result =
        ingest.ingest(source, AlertFixtures.delivery(AlertFixtures.alertmanager("DiskFull", "web-1", "firing", "fp-1")));
    // A repeat is deduplicated into the same incident: nothing new to title.
    ingest.ingest(source, AlertFixtures.delivery(AlertFixtures.alertmanager("DiskFull", "web-1", "firing", "fp-1")));

    assertThat(asked).containsExactly("announce", result.alerts().get(0).incident().orElseThrow() + " DiskFull - web-1: DiskFull on web-1");
  }

  /** A lookup answering from a stale cache, as another replica's change leaves it for a moment (ADR 0025). */
  private IngestAlerts withCachedLookup(AlertSource cached, AlertSource stored) {
    AlertSourceLookup lookup = new AlertSourceLookup() {
      @Override
      public java.util.Optional<AlertSource> findForWebhook(String uuid) {
        return java.util.Optional.of(cached);
      }

      @Override
      public java.util.Optional<AlertSource> findFreshForWebhook(String uuid) {
        return java.util.Optional.ofNullable(stored);
      }
    };
    return new IngestAlerts(
        new IngestAlerts.Ports(lookup, h.stores.alerts(), h.workspace, () -> "p", h.wakeUps::incrementAndGet, (i, a, s) -> {}),
        dev.akmatori.domain.alert.CorrelationWindow.ofMinutes(60), h.clock, java.util.UUID::randomUUID);
  }

  @Test
  void aSecretRotatedElsewhere_isAcceptedAtOnce_thoughTheCachedSourceHasTheOldOne() {
    AlertSourceId id = new AlertSourceId(java.util.UUID.randomUUID());
    AlertSource old = AlertFixtures.source(id, "alertmanager", "old-secret", FieldMappings.none(), true);
    AlertSource rotated = AlertFixtures.source(id, "alertmanager", "new-secret", FieldMappings.none(), true);
    IngestAlerts ingest = withCachedLookup(old, rotated);
    String body = AlertFixtures.shared("alertmanager-firing.json");

    IngestResult result =
        ingest.ingest(ingest.source(id.toString()), AlertFixtures.delivery(body, Map.of("X-Alertmanager-Secret", "new-secret")));

    assertThat(result.alerts()).hasSize(1);
    assertThatThrownBy(() -> ingest.ingest(old, AlertFixtures.delivery(body, Map.of("X-Alertmanager-Secret", "wrong"))))
        .isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void aSourceEnabledElsewhere_isAcceptedAtOnce_andOneDisabledInTheStore_isRefused() {
    AlertSourceId id = new AlertSourceId(java.util.UUID.randomUUID());
    AlertSource disabled = AlertFixtures.source(id, "grafana", "", FieldMappings.none(), false);
    AlertSource enabled = AlertFixtures.source(id, "grafana", "", FieldMappings.none(), true);

    assertThat(withCachedLookup(disabled, enabled).source(id.toString())).isEqualTo(enabled);
    assertThatThrownBy(() -> withCachedLookup(disabled, disabled).source(id.toString()))
        .isInstanceOf(ForbiddenException.class).hasMessage("Alert source is disabled");
    assertThatThrownBy(() -> withCachedLookup(disabled, null).source(id.toString()))
        .isInstanceOf(NotFoundException.class).hasMessage("Alert source not found");
  }
}
