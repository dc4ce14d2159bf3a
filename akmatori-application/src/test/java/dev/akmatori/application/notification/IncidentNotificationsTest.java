package dev.akmatori.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.alert.AlertFixtures;
import dev.akmatori.application.settings.InMemorySettingsStores;
import dev.akmatori.application.settings.PublicBaseUrl;
import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.application.settings.StoredRuntimeSettings;
import dev.akmatori.domain.alert.AlertDetails;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alert.TestAlerts;
import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.TestIncidents;
import dev.akmatori.domain.settings.ProxySettingsChanges;
import dev.akmatori.domain.settings.SlackSettingsChanges;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Slack announcements of alert incidents and their results in the thread (contract §3.10.2). */
class IncidentNotificationsTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  private final SettingsStores stores = InMemorySettingsStores.create();
  private final RecordingNotifier notifier = new RecordingNotifier();
  private final InMemoryNotificationThreads threads = new InMemoryNotificationThreads();
  private final IncidentNotifications notifications =
      new IncidentNotifications(
          notifier, threads,
          new StoredRuntimeSettings(stores, new PublicBaseUrl(stores.general(), () -> "https://aiops.example", Clock.systemUTC()), Clock.systemUTC()),
          Runnable::run, Clock.systemUTC());
  private final AlertSource source = AlertFixtures.source("alertmanager");

  private void slack(String token, String channel, boolean enabled) {
    stores.slack().update(s -> s.apply(SlackSettingsChanges.of(token, null, null, channel, enabled)), T0);
  }

  private static Incident incident(IncidentStatus status, String response, String error) {
    return TestIncidents.incident("alertmanager", Map.of("alert_name", "HighCPUUsage"), status, response, error);
  }

  private static NormalizedAlert alert() {
    AlertDetails d = new AlertDetails("Disk <full> & more", Severity.CRITICAL, "95% on /var", "d", "db-1", "",
        Map.of(), "", "", "https://runbooks.example/disk", "", "fp", Map.of());
    return TestAlerts.firing(d, null);
  }

  @Test
  void whileSlackIsInactive_nothingIsPosted() {
    Incident incident = incident(IncidentStatus.PENDING, "", null);
    notifications.opened(incident, alert(), source);
    slack("xoxb-token", "#alerts", false);
    notifications.opened(incident, alert(), source);
    slack("", "#alerts", true);
    notifications.opened(incident, alert(), source);

    assertThat(notifier.posted).isEmpty();
    assertThat(threads.find(incident.uuid())).isEmpty();
  }

  @Test
  void anAlertIncident_isAnnouncedInTheAlertsChannel_withEveryField() {
    slack("xoxb-token-1234", "#alerts", true);
    Incident incident = incident(IncidentStatus.PENDING, "", null);

    notifications.opened(incident, alert(), source);

    Notification n = notifier.posted.get(0);
    assertThat(n.channel()).isEqualTo("#alerts");
    assertThat(n.botToken().reveal()).isEqualTo("xoxb-token-1234");
    assertThat(n.threadTs()).isEmpty();
    assertThat(n.proxy()).isEmpty();
    assertThat(n.text()).isEqualTo(
        ":rotating_light: *[CRITICAL] Disk &lt;full&gt; &amp; more*\n"
            + "*Source:* Prometheus Alertmanager (" + source.config().name() + ")\n"
            + "*Host:* db-1\n*Service:* -\n*Summary:* 95% on /var\n"
            + "*Runbook:* https://runbooks.example/disk\n"
            + "Investigating: https://aiops.example/incidents/" + incident.uuid());
    assertThat(threads.find(incident.uuid())).contains(new PostedMessage("C0CHANNEL", "1700000000.000001"));
  }

  @Test
  void theResult_isPostedInTheAnnouncementsThread_withTheIncidentLink() {
    slack("xoxb-token", "#alerts", true);
    Incident pending = incident(IncidentStatus.PENDING, "", null);
    notifications.opened(pending, alert(), source);

    notifications.ended(incident(IncidentStatus.COMPLETED, "Root cause: a runaway <cron> job.", null));

    Notification n = notifier.posted.get(1);
    assertThat(n.channel()).isEqualTo("C0CHANNEL");
    assertThat(n.threadTs()).contains("1700000000.000001");
    assertThat(n.text()).isEqualTo(":white_check_mark: *Investigation completed*\nRoot cause: a runaway &lt;cron&gt; job."
        + "\n\nFull investigation: https://aiops.example/incidents/" + pending.uuid());
  }

  @Test
  void failuresAndCancellations_postTheirError() {
    slack("xoxb-token", "#alerts", true);
    notifications.opened(incident(IncidentStatus.PENDING, "", null), alert(), source);

    notifications.ended(incident(IncidentStatus.FAILED, "", "LLM provider 'openai' is not configured"));
    notifications.ended(incident(IncidentStatus.CANCELLED, "", "Investigation cancelled"));

    assertThat(notifier.posted.get(1).text()).startsWith(":x: *Investigation failed:* LLM provider 'openai' is not configured\n\n");
    assertThat(notifier.posted.get(2).text()).startsWith(":no_entry_sign: *Investigation cancelled*\n\nFull investigation: ");
  }

  @Test
  void incidentsThatWereNeverAnnounced_getNoResult() {
    slack("xoxb-token", "#alerts", true);
    notifications.ended(TestIncidents.api("check", IncidentStatus.COMPLETED));
    assertThat(notifier.posted).isEmpty();
  }

  @Test
  void theSlackProxyToggle_decidesWhetherTheProxyIsUsed() {
    slack("xoxb-token", "#alerts", true);
    stores.proxy().update(p -> p.apply(ProxySettingsChanges.of("http://user:pw@proxy:3128", "slack.internal", null)), T0);
    notifications.opened(incident(IncidentStatus.PENDING, "", null), alert(), source);
    assertThat(notifier.posted.get(0).proxy()).map(r -> r.url()).contains("http://user:pw@proxy:3128");
    assertThat(notifier.posted.get(0).proxy()).map(r -> r.noProxy()).contains("slack.internal");

    stores.proxy().update(p -> p.apply(ProxySettingsChanges.of(null, null, Map.of("slack", Map.of("enabled", false)))), T0);
    notifications.opened(incident(IncidentStatus.RUNNING, "", null), alert(), source);
    assertThat(notifier.posted.get(1).proxy()).isEmpty();
  }

  @Test
  void aFailingPost_isSwallowed_andLeavesNoThread() {
    slack("xoxb-token", "#alerts", true);
    notifier.failWith(new NotificationException("Slack API error: channel_not_found"));
    Incident incident = incident(IncidentStatus.PENDING, "", null);

    notifications.opened(incident, alert(), source);
    notifications.ended(incident(IncidentStatus.COMPLETED, "x", null));

    assertThat(notifier.posted).hasSize(1);
    assertThat(threads.find(incident.uuid())).isEqualTo(Optional.empty());
  }
}
