package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.notification.PostedMessage;
import dev.akmatori.application.retention.ExpiredIncident;
import dev.akmatori.application.retention.ExpiredIncidents;
import dev.akmatori.domain.alert.AlertDetails;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.NewAlert;
import dev.akmatori.domain.alert.TestAlerts;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.NewIncident;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expired incidents on a real database: which are found, in which pages, and what a delete takes along. */
abstract class ExpiredIncidentsContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481123Z");
  private static final Instant CUTOFF = T0.minus(Duration.ofDays(90));

  private TestDatabase db;
  private ExpiredIncidents expired;

  abstract TestDatabase openDatabase();

  @BeforeEach
  void open() {
    db = openDatabase();
    expired = db.adapter().expiredIncidents();
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** An incident in {@code status}, {@code completed_at} set as given, with two events. */
  private IncidentId incident(IncidentStatus status, Instant completedAt) {
    IncidentId id = new IncidentId(UUID.randomUUID());
    Instant created = completedAt == null ? T0.minus(Duration.ofDays(400)) : completedAt.minusSeconds(60);
    db.adapter().incidents().create(new NewIncident(id, "api", "api-1", "t", Map.of("task", "t"), "/w/" + id), created);
    db.adapter().incidentEvents().append(id, EventType.LOG, Map.of("text", "working"), created);
    db.adapter().jdbi().useHandle(h -> h.createUpdate("UPDATE incidents SET status = :s, completed_at = :c WHERE uuid = :u")
        .bind("s", status.wireName()).bind("c", Timestamps.bind(completedAt)).bind("u", id.toString()).execute());
    return id;
  }

  private void alertFor(IncidentId incident, String host) {
    AlertDetails details = TestAlerts.details(host, "fp-" + host);
    NewAlert alert = new NewAlert(new AlertId(UUID.randomUUID()), incident, TestAlerts.ORIGIN, details,
        details.fingerprint(TestAlerts.SOURCE_UUID), T0.minus(Duration.ofDays(200)));
    db.adapter().alerts().inTransaction(Set.of("k-" + host), t -> t.insert(alert, T0.minus(Duration.ofDays(200))));
  }

  private long count(String table, IncidentId incident) {
    return db.adapter().jdbi().withHandle(h -> h.createQuery(
            "SELECT COUNT(*) FROM " + table + " t JOIN incidents i ON i.id = t.incident_id WHERE i.uuid = :u")
        .bind("u", incident.toString()).mapTo(Long.class).one());
  }

  private long rows(String table) {
    return db.adapter().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
  }

  private List<ExpiredIncident> all(int pageSize) {
    List<ExpiredIncident> found = new ArrayList<>();
    Optional<ExpiredIncident> after = Optional.empty();
    while (true) {
      List<ExpiredIncident> page = expired.page(CUTOFF, after, pageSize);
      assertThat(page.size()).isLessThanOrEqualTo(pageSize);
      found.addAll(page);
      if (page.size() < pageSize) {
        return found;
      }
      after = Optional.of(page.get(page.size() - 1));
    }
  }

  @Test
  void page_findsOnlyFinishedIncidentsCompletedBeforeTheCutoff_oldestFirst() {
    IncidentId failed = incident(IncidentStatus.FAILED, CUTOFF.minus(Duration.ofDays(10)));
    IncidentId completed = incident(IncidentStatus.COMPLETED, CUTOFF.minusNanos(1000));
    IncidentId cancelled = incident(IncidentStatus.CANCELLED, CUTOFF.minus(Duration.ofDays(1)));
    incident(IncidentStatus.COMPLETED, CUTOFF);
    incident(IncidentStatus.COMPLETED, T0);
    incident(IncidentStatus.PENDING, null);
    incident(IncidentStatus.RUNNING, null);
    // A non-terminal row with a completed_at can only come from outside the server: still never expired.
    incident(IncidentStatus.RUNNING, CUTOFF.minus(Duration.ofDays(300)));
    incident(IncidentStatus.PENDING, CUTOFF.minus(Duration.ofDays(300)));

    List<ExpiredIncident> page = expired.page(CUTOFF, Optional.empty(), 10);

    assertThat(page).extracting(ExpiredIncident::uuid).containsExactly(failed, cancelled, completed);
    assertThat(page.get(0).completedAt()).isEqualTo(CUTOFF.minus(Duration.ofDays(10)));
  }

  @Test
  void pages_walkEveryExpiredIncidentOnce_evenWithTiesOnCompletedAt() {
    Set<IncidentId> created = new HashSet<>();
    for (int i = 0; i < 23; i++) {
      created.add(incident(IncidentStatus.COMPLETED, CUTOFF.minus(Duration.ofDays(1 + i % 3))));
    }

    List<ExpiredIncident> found = all(5);

    assertThat(found).extracting(ExpiredIncident::uuid).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void delete_takesTheEventsAlertsAndSlackThread_andLeavesOtherIncidentsAlone() {
    IncidentId old = incident(IncidentStatus.COMPLETED, CUTOFF.minus(Duration.ofDays(5)));
    IncidentId other = incident(IncidentStatus.FAILED, CUTOFF.minus(Duration.ofDays(5)));
    IncidentId young = incident(IncidentStatus.COMPLETED, T0.minus(Duration.ofDays(1)));
    for (IncidentId id : List.of(old, other, young)) {
      alertFor(id, "host-" + id.toString().substring(0, 8));
      db.adapter().notificationThreads().save(id, new PostedMessage("#alerts", "1700000000." + id.hashCode()), T0);
    }
    ExpiredIncident target = expired.page(CUTOFF, Optional.empty(), 10).stream()
        .filter(e -> e.uuid().equals(old)).findFirst().orElseThrow();
    long eventsBefore = rows("incident_events");

    int deleted = expired.delete(List.of(target), CUTOFF);

    assertThat(deleted).isEqualTo(1);
    assertThat(db.adapter().incidents().find(old)).isEmpty();
    assertThat(rows("incident_events")).isEqualTo(eventsBefore - 2);
    assertThat(db.adapter().alerts().list(AlertFilter.none(), PageRequest.ALL).items())
        .extracting(a -> a.incident().orElseThrow())
        .containsExactlyInAnyOrder(other, young);
    assertThat(db.adapter().notificationThreads().find(old)).isEmpty();
    for (IncidentId kept : List.of(other, young)) {
      assertThat(db.adapter().incidents().find(kept)).isPresent();
      assertThat(count("incident_events", kept)).isEqualTo(2);
      assertThat(count("alerts", kept)).isEqualTo(1);
      assertThat(db.adapter().notificationThreads().find(kept)).isPresent();
    }
  }

  @Test
  void delete_ofAPage_deletesThemAllInOneGo() {
    for (int i = 0; i < 7; i++) {
      IncidentId id = incident(IncidentStatus.CANCELLED, CUTOFF.minus(Duration.ofHours(i + 1)));
      alertFor(id, "h" + i);
    }

    int deleted = expired.delete(expired.page(CUTOFF, Optional.empty(), 100), CUTOFF);

    assertThat(deleted).isEqualTo(7);
    assertThat(rows("incidents")).isZero();
    assertThat(rows("incident_events")).isZero();
    assertThat(rows("alerts")).isZero();
  }

  @Test
  void delete_checksAgain_andNeverTakesAnIncidentThatIsNotExpired() {
    IncidentId young = incident(IncidentStatus.COMPLETED, T0.minus(Duration.ofDays(1)));
    IncidentId running = incident(IncidentStatus.RUNNING, null);
    long youngId = db.adapter().incidents().find(young).orElseThrow().id();
    long runningId = db.adapter().incidents().find(running).orElseThrow().id();

    int deleted = expired.delete(List.of(
        new ExpiredIncident(youngId, young, T0.minus(Duration.ofDays(1))),
        new ExpiredIncident(runningId, running, CUTOFF.minusSeconds(1))), CUTOFF);

    assertThat(deleted).isZero();
    assertThat(db.adapter().incidents().find(young)).isPresent();
    assertThat(db.adapter().incidents().find(running)).isPresent();
    assertThat(expired.delete(List.of(), CUTOFF)).isZero();
  }

  @Test
  void existing_namesTheUuidsThatHaveARow() {
    IncidentId present = incident(IncidentStatus.PENDING, null);
    IncidentId absent = new IncidentId(UUID.randomUUID());

    assertThat(expired.existing(List.of(present, absent))).containsExactly(present);
    assertThat(expired.existing(List.of())).isEmpty();
  }
}
