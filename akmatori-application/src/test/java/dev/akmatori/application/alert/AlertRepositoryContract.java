package dev.akmatori.application.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.RunEnding;
import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertDetails;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.alert.AlertFingerprint;
import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.AlertIncident;
import dev.akmatori.domain.alert.AlertOrigin;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NewAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alert.TestAlerts;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AlertRepository} does: the ingest transaction's reads and writes, locks, lists. */
public abstract class AlertRepositoryContract {
  protected static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481123Z");

  private AlertStores stores;

  /** Fresh, empty stores. */
  protected abstract AlertStores newStores();

  @BeforeEach
  void setUpStores() {
    stores = newStores();
  }

  private <T> T tx(java.util.function.Function<AlertTransaction, T> work) {
    return stores.alerts().inTransaction(Set.of("k"), work);
  }

  private <T> Optional<T> read(java.util.function.Function<AlertTransaction, Optional<T>> work) {
    return tx(work);
  }

  private Incident openIncident(AlertDetails details, AlertOrigin origin, Instant at) {
    IncidentId id = new IncidentId(UUID.randomUUID());
    AlertFingerprint fp = details.fingerprint(origin.sourceUuid());
    return tx(t -> t.createIncident(AlertIncident.of(id, TestAlerts.firing(details, null), fp, origin, "/w/" + id), fp, at));
  }

  private Alert insert(IncidentId incident, AlertDetails details, AlertOrigin origin, Instant at) {
    NewAlert n = new NewAlert(new AlertId(UUID.randomUUID()), incident, origin, details,
        details.fingerprint(origin.sourceUuid()), at.minusSeconds(60));
    return tx(t -> t.insert(n, at));
  }

  private List<Alert> all() {
    return stores.alerts().list(AlertFilter.none(), PageRequest.ALL).items();
  }

  @Test
  void insert_storesEveryField_andListReadsThemBack() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("labels", Map.of("alertname", "HighCPUUsage"));
    raw.put("n", List.of(1L, 2.5, true, "x"));
    raw.put("nothing", null);
    raw.put("ünï", "\u2028\"quoted\"");
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("z", "last?");
    labels.put("a", "first");
    AlertDetails d = new AlertDetails("HighCPUUsage", Severity.HIGH, "sum", "desc", "web-01:9100", "node", labels,
        "cpu", "97.5", "https://rb", "id-1", "fp-1", raw);
    Incident incident = openIncident(d, TestAlerts.ORIGIN, T0);

    Alert stored = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0);

    Alert read = all().get(0);
    assertThat(read).isEqualTo(stored);
    assertThat(read.id()).isPositive();
    assertThat(read.incident()).contains(incident.uuid());
    assertThat(read.origin()).isEqualTo(TestAlerts.ORIGIN);
    assertThat(read.details()).isEqualTo(d);
    assertThat(read.details().targetLabels().keySet()).containsExactly("z", "a");
    assertThat(read.details().rawPayload()).isEqualTo(raw);
    assertThat(read.fingerprint()).isEqualTo(d.fingerprint(TestAlerts.SOURCE_UUID));
    assertThat(read.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(read.firedAt()).isEqualTo(T0.minusSeconds(60));
    assertThat(read.lastSeenAt()).isEqualTo(T0);
    assertThat(read.createdAt()).isEqualTo(T0);
    assertThat(read.resolvedAt()).isNull();
    assertThat(read.superseded()).isFalse();
  }

  @Test
  void createIncident_isPendingWithItsFirstEvent_andInsertCountsAlerts() {
    AlertDetails d = TestAlerts.details("web-01", "fp");
    Incident incident = openIncident(d, TestAlerts.ORIGIN, T0);
    assertThat(incident.alertCount()).isZero();
    assertThat(stores.incidents().events().read(incident.uuid(), 0, 10)).hasSize(1);

    insert(incident.uuid(), d, TestAlerts.ORIGIN, T0);
    insert(incident.uuid(), TestAlerts.details("web-02", "fp2"), TestAlerts.ORIGIN, T0.plusSeconds(1));

    assertThat(stores.incidents().incidents().find(incident.uuid()).orElseThrow().alertCount()).isEqualTo(2);
    assertThat(read(t -> t.incident(incident.uuid()))).map(Incident::alertCount).contains(2);
  }

  @Test
  void touchResolveAndSupersede_changeOnlyTheirFields() {
    AlertDetails d = TestAlerts.details("web-01", "fp");
    Incident incident = openIncident(d, TestAlerts.ORIGIN, T0);
    Alert a = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0);
    Alert b = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0);
    Alert c = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0);

    tx(t -> {
      t.touch(a.uuid(), T0.plusSeconds(5));
      t.resolve(b.uuid(), T0.plusSeconds(3), T0.plusSeconds(6));
      t.supersede(c.uuid(), T0.plusSeconds(7));
      return null;
    });

    Map<AlertId, Alert> byId = new LinkedHashMap<>();
    all().forEach(x -> byId.put(x.uuid(), x));
    Alert touched = byId.get(a.uuid());
    assertThat(touched.lastSeenAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(touched.updatedAt()).isEqualTo(T0);
    assertThat(touched.status()).isEqualTo(AlertStatus.FIRING);
    Alert resolved = byId.get(b.uuid());
    assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(resolved.resolvedAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(resolved.lastSeenAt()).isEqualTo(T0.plusSeconds(6));
    assertThat(resolved.superseded()).isFalse();
    assertThat(resolved.incident()).contains(incident.uuid());
    Alert superseded = byId.get(c.uuid());
    assertThat(superseded.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(superseded.resolvedAt()).isEqualTo(T0.plusSeconds(7));
    assertThat(superseded.superseded()).isTrue();
    assertThat(superseded.lastSeenAt()).isEqualTo(T0);
    assertThat(superseded.updatedAt()).isEqualTo(T0.plusSeconds(7));
  }

  @Test
  void latestFiring_findsTheNewestFiringAlertOfThatSource() {
    AlertDetails d = TestAlerts.details("web-01", "fp");
    AlertOrigin other = new AlertOrigin("other-source", "alertmanager", "x");
    Incident incident = openIncident(d, TestAlerts.ORIGIN, T0);
    Alert older = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0);
    Alert newer = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0.plusSeconds(1));
    Alert resolved = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0.plusSeconds(2));
    insert(incident.uuid(), d, other, T0.plusSeconds(3));
    tx(t -> {
      t.resolve(resolved.uuid(), T0, T0);
      return null;
    });
    AlertFingerprint fp = d.fingerprint(TestAlerts.SOURCE_UUID);

    assertThat(read(t -> t.latestFiring(TestAlerts.SOURCE_UUID, "fp"))).map(Alert::uuid).contains(newer.uuid());
    assertThat(read(t -> t.latestFiring(TestAlerts.SOURCE_UUID, fp))).map(Alert::uuid).contains(newer.uuid());
    assertThat(read(t -> t.latestFiring(TestAlerts.SOURCE_UUID, "other"))).isEmpty();
    assertThat(read(t -> t.latestFiring("nobody", fp))).isEmpty();
    assertThat(older.uuid()).isNotEqualTo(newer.uuid());
  }

  @Test
  void liveIncident_isTheNewestPendingRunningOrRecentlyCompletedOne_byRememberedOrLinkedFingerprint() {
    AlertDetails d = TestAlerts.details("web-01", "fp");
    AlertFingerprint fp = d.fingerprint(TestAlerts.SOURCE_UUID);
    assertThat(read(t -> t.liveIncident(fp, Optional.of(T0)))).isEmpty();

    Incident first = openIncident(d, TestAlerts.ORIGIN, T0);
    assertThat(read(t -> t.liveIncident(fp, Optional.empty()))).contains(first.uuid());

    Incident unrelated = openIncident(TestAlerts.details("other", "x"), TestAlerts.ORIGIN, T0.plusSeconds(1));
    insert(unrelated.uuid(), d, TestAlerts.ORIGIN, T0.plusSeconds(1));
    assertThat(read(t -> t.liveIncident(fp, Optional.empty()))).as("linked alert counts; newest wins").contains(unrelated.uuid());

    var queue = stores.incidents().queue();
    Incident claimed = queue.claimNext("o", T0.plusSeconds(60), T0.plusSeconds(2)).orElseThrow();
    assertThat(claimed.uuid()).isEqualTo(first.uuid());
    queue.finish(first.uuid(), "o", RunEnding.completed("ok", 1), T0.plusSeconds(10));
    queue.claimNext("o", T0.plusSeconds(60), T0.plusSeconds(2)).orElseThrow();
    queue.finish(unrelated.uuid(), "o", RunEnding.failed("x", 1), T0.plusSeconds(10));

    assertThat(read(t -> t.liveIncident(fp, Optional.of(T0.plusSeconds(10))))).contains(first.uuid());
    assertThat(read(t -> t.liveIncident(fp, Optional.of(T0.plusSeconds(11))))).isEmpty();
    assertThat(read(t -> t.liveIncident(fp, Optional.empty()))).isEmpty();
  }

  @Test
  void lookUpFiring_answersWhatLatestFiringIncidentAndLiveIncidentWould() {
    AlertDetails d = TestAlerts.details("web-01", "sfp-1");
    AlertFingerprint fp = d.fingerprint(TestAlerts.SOURCE_UUID);
    Optional<Instant> window = Optional.of(T0);
    FiringLookup nothing = tx(t -> t.lookUpFiring(TestAlerts.SOURCE_UUID, "sfp-1", fp, window));
    assertThat(nothing.open()).isEmpty();
    assertThat(nothing.liveIncident()).isEmpty();

    Incident incident = openIncident(d, TestAlerts.ORIGIN, T0);
    Alert older = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0);
    Alert newer = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0.plusSeconds(1));
    FiringLookup found = tx(t -> t.lookUpFiring(TestAlerts.SOURCE_UUID, "sfp-1", fp, window));
    assertThat(found.open()).hasValueSatisfying(open -> {
      assertThat(open.uuid()).isEqualTo(newer.uuid());
      assertThat(open.incident()).contains(incident.uuid());
      assertThat(open.incidentStatus()).contains(dev.akmatori.domain.incident.IncidentStatus.PENDING);
      assertThat(open.completedAt()).isEmpty();
    });
    assertThat(found.liveIncident()).contains(incident.uuid());
    assertThat(tx(t -> t.lookUpFiring(TestAlerts.SOURCE_UUID, "other", fp, Optional.empty())).open()).isEmpty();
    assertThat(tx(t -> t.lookUpFiring("nobody", "sfp-1", fp, window)).open()).isEmpty();

    var queue = stores.incidents().queue();
    queue.claimNext("o", T0.plusSeconds(60), T0.plusSeconds(2)).orElseThrow();
    queue.finish(incident.uuid(), "o", RunEnding.completed("ok", 1), T0.plusSeconds(10));
    FiringLookup completed = tx(t -> t.lookUpFiring(TestAlerts.SOURCE_UUID, "sfp-1", fp, Optional.of(T0.plusSeconds(11))));
    assertThat(completed.open()).hasValueSatisfying(open -> {
      assertThat(open.incidentStatus()).contains(dev.akmatori.domain.incident.IncidentStatus.COMPLETED);
      assertThat(open.completedAt()).contains(T0.plusSeconds(10));
    });
    assertThat(completed.liveIncident()).as("completed before the window").isEmpty();
    assertThat(tx(t -> t.lookUpFiring(TestAlerts.SOURCE_UUID, "sfp-1", fp, Optional.of(T0.plusSeconds(10)))).liveIncident())
        .contains(incident.uuid());
    assertThat(older.uuid()).isNotEqualTo(newer.uuid());
  }

  @Test
  void lookUpFiring_withoutASourceFingerprint_neverMatchesAlertsThatHaveNone() {
    AlertDetails d = TestAlerts.details("web-01", "");
    AlertFingerprint fp = d.fingerprint(TestAlerts.SOURCE_UUID);
    Incident incident = openIncident(d, TestAlerts.ORIGIN, T0);
    insert(incident.uuid(), d, TestAlerts.ORIGIN, T0);

    FiringLookup found = tx(t -> t.lookUpFiring(TestAlerts.SOURCE_UUID, "", fp, Optional.empty()));

    assertThat(found.open()).isEmpty();
    assertThat(found.liveIncident()).contains(incident.uuid());
  }

  @Test
  void list_isNewestFirst_filtersByStatusAndSource_andPages() {
    AlertDetails d = TestAlerts.details("web-01", "fp");
    AlertOrigin other = new AlertOrigin("other-source", "zabbix", "z");
    Incident incident = openIncident(d, TestAlerts.ORIGIN, T0);
    Alert a = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0);
    Alert b = insert(incident.uuid(), d, other, T0);
    Alert c = insert(incident.uuid(), d, TestAlerts.ORIGIN, T0.plusSeconds(1));
    tx(t -> {
      t.resolve(a.uuid(), T0, T0);
      return null;
    });

    assertThat(all()).extracting(Alert::uuid).containsExactly(c.uuid(), b.uuid(), a.uuid());
    AlertFilter resolved = new AlertFilter(Optional.of(AlertStatus.RESOLVED), Optional.empty());
    assertThat(stores.alerts().list(resolved, PageRequest.ALL).items()).extracting(Alert::uuid).containsExactly(a.uuid());
    AlertFilter firingHere = new AlertFilter(Optional.of(AlertStatus.FIRING), Optional.of(TestAlerts.SOURCE_UUID));
    assertThat(stores.alerts().list(firingHere, PageRequest.ALL).items()).extracting(Alert::uuid).containsExactly(c.uuid());
    AlertFilter nobody = new AlertFilter(Optional.empty(), Optional.of("not-a-uuid"));
    assertThat(stores.alerts().list(nobody, PageRequest.ALL).total()).isZero();

    Page<Alert> second = stores.alerts().list(AlertFilter.none(), PageRequest.of(2, 2));
    assertThat(second.items()).extracting(Alert::uuid).containsExactly(a.uuid());
    assertThat(second.total()).isEqualTo(3);
    assertThat(stores.alerts().list(AlertFilter.none(), PageRequest.of(3, 2)).items()).isEmpty();
  }

  @Test
  void list_bySourceUuidWithANulCharacter_isEmpty_notAnError() {
    AlertDetails d = TestAlerts.details("web-01", "fp");
    insert(openIncident(d, TestAlerts.ORIGIN, T0).uuid(), d, TestAlerts.ORIGIN, T0);

    AlertFilter nul = new AlertFilter(Optional.empty(), Optional.of(TestAlerts.SOURCE_UUID + "\u0000"));

    assertThat(stores.alerts().list(nul, PageRequest.ALL).total()).isZero();
  }

  @Test
  void listForIncident_isOldestFirst_andOnlyThatIncidents() {
    AlertDetails d = TestAlerts.details("web-01", "fp");
    Incident one = openIncident(d, TestAlerts.ORIGIN, T0);
    Incident two = openIncident(TestAlerts.details("web-02", "fp2"), TestAlerts.ORIGIN, T0);
    Alert a = insert(one.uuid(), d, TestAlerts.ORIGIN, T0.plusSeconds(1));
    insert(two.uuid(), d, TestAlerts.ORIGIN, T0.plusSeconds(2));
    Alert c = insert(one.uuid(), d, TestAlerts.ORIGIN, T0.plusSeconds(1));

    Page<Alert> page = stores.alerts().listForIncident(one.uuid(), PageRequest.ALL);
    assertThat(page.items()).extracting(Alert::uuid).containsExactly(a.uuid(), c.uuid());
    assertThat(stores.alerts().listForIncident(new IncidentId(UUID.randomUUID()), PageRequest.ALL).total()).isZero();
    assertThat(stores.alerts().listForIncident(one.uuid(), PageRequest.of(2, 1)).items()).extracting(Alert::uuid)
        .containsExactly(c.uuid());
  }

  @Test
  void aHeldLockKey_makesTheNextTransactionWait_andOtherKeysDoNot() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      AtomicBoolean inside = new AtomicBoolean();
      AtomicBoolean secondStarted = new AtomicBoolean();
      Future<?> first = pool.submit(() -> stores.alerts().inTransaction(List.of("b", "shared"), t -> {
        inside.set(true);
        entered.countDown();
        await(release);
        inside.set(false);
        return null;
      }));
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
      // Another key goes through while the first is held (stores may have a pool of only two connections).
      Future<String> unrelated = pool.submit(() -> stores.alerts().inTransaction(List.of("c"), t -> "ran"));
      assertThat(unrelated.get(30, TimeUnit.SECONDS)).isEqualTo("ran");
      Future<Boolean> second = pool.submit(() -> stores.alerts().inTransaction(List.of("shared", "a"), t -> {
        secondStarted.set(true);
        return inside.get();
      }));
      Thread.sleep(200); // give the second transaction a chance to (wrongly) get in
      assertThat(secondStarted).as("waits for the key").isFalse();
      release.countDown();
      first.get(30, TimeUnit.SECONDS);
      assertThat(second.get(30, TimeUnit.SECONDS)).as("saw the first one still inside").isFalse();
      assertThat(secondStarted).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
