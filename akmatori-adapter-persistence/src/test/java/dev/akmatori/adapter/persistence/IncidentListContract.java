package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.incident.IncidentRepository;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code IncidentRepository.list} (contract §3.1.1) on a real database; rows inserted with SQL. */
abstract class IncidentListContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:00:00.123Z");

  private TestDatabase database;
  private IncidentRepository repository;
  private IncidentRowsFixture rows;

  abstract TestDatabase openDatabase();

  @BeforeEach
  void setUpDatabase() {
    database = openDatabase();
    repository = database.adapter().incidents();
    rows = new IncidentRowsFixture(database.adapter().jdbi());
  }

  @AfterEach
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void list_isNewestFirst_withTiesOnCreatedAtBrokenByIdDescending() {
    long old = rows.insert("api", IncidentStatus.PENDING, T0);
    long tieA = rows.insert("api", IncidentStatus.PENDING, T0.plusSeconds(60));
    long tieB = rows.insert("api", IncidentStatus.PENDING, T0.plusSeconds(60));
    long newest = rows.insert("api", IncidentStatus.PENDING, T0.plusSeconds(120));

    Page<Incident> page = repository.list(IncidentFilter.none(), PageRequest.first());

    assertThat(page.items()).extracting(Incident::id).containsExactly(newest, tieB, tieA, old);
    assertThat(page.total()).isEqualTo(4);
  }

  @Test
  void list_mapsEveryColumn_andParsesTheContextJson() {
    UUID uuid = UUID.randomUUID();
    Instant completed = T0.plusSeconds(30);
    String context = "{\"task\":\"Check \\\"disk\\\"\",\"alert\":{\"labels\":{\"host\":\"web-1\"},\"n\":[1,2.5]}}";
    long id = rows.insert(uuid, "alertmanager", IncidentStatus.FAILED, T0, context, completed, "boom");

    Incident incident = repository.list(IncidentFilter.none(), PageRequest.ALL).items().get(0);

    assertThat(incident.id()).isEqualTo(id);
    assertThat(incident.uuid()).isEqualTo(new IncidentId(uuid));
    assertThat(incident.source()).isEqualTo("alertmanager");
    assertThat(incident.sourceId()).isEqualTo("src-" + uuid);
    assertThat(incident.title()).isEqualTo("Incident " + uuid);
    assertThat(incident.status()).isEqualTo(IncidentStatus.FAILED);
    assertThat(incident.context())
        .isEqualTo(Map.of("task", "Check \"disk\"", "alert", Map.of("labels", Map.of("host", "web-1"), "n", List.of(1L, 2.5))));
    assertThat(incident.sessionId()).isEqualTo(uuid.toString());
    assertThat(incident.workingDir()).isEqualTo("/data/incidents/" + uuid);
    assertThat(incident.fullLog()).isEmpty();
    assertThat(incident.response()).isEqualTo("answer for " + uuid);
    assertThat(incident.tokensUsed()).isEqualTo(1234L);
    assertThat(incident.executionTimeMs()).isEqualTo(5678L);
    assertThat(incident.startedAt()).isEqualTo(T0);
    assertThat(incident.completedAt()).isEqualTo(completed);
    assertThat(incident.createdAt()).isEqualTo(T0);
    assertThat(incident.updatedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(incident.error()).isEqualTo("boom");
    assertThat(incident.steps()).isEqualTo(7);
    assertThat(incident.alertCount()).isEqualTo(2);
  }

  @Test
  void list_readsNullCompletedAtAndError_asNull() {
    rows.insert("api", IncidentStatus.RUNNING, T0);

    Incident incident = repository.list(IncidentFilter.none(), PageRequest.ALL).items().get(0);

    assertThat(incident.completedAt()).isNull();
    assertThat(incident.error()).isNull();
    assertThat(incident.context()).isEmpty();
  }

  @Test
  void list_readsAnUnreadableContext_asAnEmptyObject() {
    rows.insert(UUID.randomUUID(), "api", IncidentStatus.PENDING, T0, "{not json", null, null);

    assertThat(repository.list(IncidentFilter.none(), PageRequest.ALL).items().get(0).context()).isEmpty();
  }

  @Test
  void fromIsInclusive_andToExclusiveIsExclusive() {
    rows.insert("api", IncidentStatus.PENDING, T0.minusMillis(1));
    long atFrom = rows.insert("api", IncidentStatus.PENDING, T0);
    long inside = rows.insert("api", IncidentStatus.PENDING, T0.plusSeconds(59));
    rows.insert("api", IncidentStatus.PENDING, T0.plusSeconds(60));

    IncidentFilter filter = filter(Optional.of(T0), Optional.of(T0.plusSeconds(60)), Set.of(), Optional.empty());
    Page<Incident> page = repository.list(filter, PageRequest.first());

    assertThat(page.items()).extracting(Incident::id).containsExactly(inside, atFrom);
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void statuses_matchAnyOfTheListed() {
    long pending = rows.insert("api", IncidentStatus.PENDING, T0);
    rows.insert("api", IncidentStatus.RUNNING, T0.plusSeconds(1));
    long failed = rows.insert("api", IncidentStatus.FAILED, T0.plusSeconds(2));

    IncidentFilter filter =
        filter(Optional.empty(), Optional.empty(), Set.of(IncidentStatus.PENDING, IncidentStatus.FAILED), Optional.empty());

    assertThat(repository.list(filter, PageRequest.first()).items()).extracting(Incident::id).containsExactly(failed, pending);
  }

  @Test
  void source_isAnExactMatch_andValuesAreNeverSplicedIntoSql() {
    long grafana = rows.insert("grafana", IncidentStatus.PENDING, T0);
    rows.insert("Grafana", IncidentStatus.PENDING, T0);
    rows.insert("api", IncidentStatus.PENDING, T0);

    Page<Incident> exact = repository.list(filter(Optional.empty(), Optional.empty(), Set.of(), Optional.of("grafana")), PageRequest.first());
    Page<Incident> injected =
        repository.list(filter(Optional.empty(), Optional.empty(), Set.of(), Optional.of("x' OR '1'='1")), PageRequest.first());

    assertThat(exact.items()).extracting(Incident::id).containsExactly(grafana);
    assertThat(injected.total()).isZero();
  }

  @Test
  void aSourceWithANulCharacter_matchesNothing_notAnError() {
    rows.insert("api", IncidentStatus.PENDING, T0);

    Page<Incident> page =
        repository.list(filter(Optional.empty(), Optional.empty(), Set.of(), Optional.of("api\u0000")), PageRequest.first());

    assertThat(page.total()).isZero();
  }

  @Test
  void boundsFarPastWhatTheDatabasesHold_actAsNoBound_notAnError() {
    long id = rows.insert("api", IncidentStatus.PENDING, T0);
    Instant farPast = Instant.ofEpochSecond(-1_000_000_000_000_000L);
    Instant farFuture = Instant.ofEpochSecond(1_000_000_000_000_000L);

    Page<Incident> everything =
        repository.list(filter(Optional.of(farPast), Optional.of(farFuture), Set.of(), Optional.empty()), PageRequest.first());
    Page<Incident> nothing =
        repository.list(filter(Optional.of(farFuture), Optional.empty(), Set.of(), Optional.empty()), PageRequest.first());

    assertThat(everything.items()).extracting(Incident::id).containsExactly(id);
    assertThat(nothing.total()).isZero();
  }

  @Test
  void combinedFilters_totalCountsEveryMatch_andPagesSliceIt() {
    for (int i = 0; i < 7; i++) {
      rows.insert("zabbix", i % 2 == 0 ? IncidentStatus.COMPLETED : IncidentStatus.PENDING, T0.plusSeconds(i));
      rows.insert("api", IncidentStatus.COMPLETED, T0.plusSeconds(i));
    }
    IncidentFilter filter =
        filter(Optional.of(T0), Optional.empty(), Set.of(IncidentStatus.COMPLETED), Optional.of("zabbix"));

    Page<Incident> second = repository.list(filter, PageRequest.of(2, 3));
    Page<Incident> past = repository.list(filter, PageRequest.of(5, 3));
    Page<Incident> all = repository.list(filter, PageRequest.ALL);

    assertThat(second.total()).isEqualTo(4);
    assertThat(second.totalPages()).isEqualTo(2);
    assertThat(second.items()).extracting(Incident::createdAt).containsExactly(T0);
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(4);
    assertThat(all.items())
        .extracting(Incident::createdAt)
        .containsExactly(T0.plusSeconds(6), T0.plusSeconds(4), T0.plusSeconds(2), T0);
  }

  @Test
  void diagnosedAlone_matchesNothing_butWithOtherStatusesFiltersByThose() {
    long pending = rows.insert("api", IncidentStatus.PENDING, T0);
    rows.insert("api", IncidentStatus.RUNNING, T0);

    IncidentFilter onlyDiagnosed = new IncidentFilter(Optional.empty(), Optional.empty(), Set.of(), true, Optional.empty());
    IncidentFilter diagnosedOrPending =
        new IncidentFilter(Optional.empty(), Optional.empty(), Set.of(IncidentStatus.PENDING), true, Optional.empty());

    assertThat(repository.list(onlyDiagnosed, PageRequest.first()).total()).isZero();
    assertThat(repository.list(diagnosedOrPending, PageRequest.first()).items()).extracting(Incident::id).containsExactly(pending);
  }

  @Test
  void aHugePageNumber_isAnEmptyPage_notAnError() {
    rows.insert("api", IncidentStatus.PENDING, T0);

    Page<Incident> page = repository.list(IncidentFilter.none(), PageRequest.of(Integer.MAX_VALUE, 200));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(1);
  }

  private static IncidentFilter filter(
      Optional<Instant> from, Optional<Instant> to, Set<IncidentStatus> statuses, Optional<String> source) {
    return new IncidentFilter(from, to, statuses, false, source);
  }
}
