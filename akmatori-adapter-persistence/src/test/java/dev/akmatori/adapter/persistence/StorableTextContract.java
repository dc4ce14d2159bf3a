package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.investigation.RunEnding;
import dev.akmatori.application.investigation.RunProgress;
import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertDetails;
import dev.akmatori.domain.alert.AlertFilter;
import dev.akmatori.domain.alert.AlertFingerprint;
import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.AlertIncident;
import dev.akmatori.domain.alert.NewAlert;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.alert.TestAlerts;
import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.NewIncident;
import dev.akmatori.domain.shared.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Text PostgreSQL cannot store as given (ADR 0026) goes through every store of a real database: a
 * NUL and each unpaired surrogate come back as U+FFFD, valid text — surrogate pairs included —
 * comes back unchanged, on H2 and PostgreSQL alike. Without the rule PostgreSQL refuses the NUL
 * ("invalid byte sequence for encoding UTF8: 0x00") and writes lone surrogates as {@code ?}.
 */
abstract class StorableTextContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481123Z");
  static final String NUL = "before\u0000after";
  static final String LONE_HIGH = "high\uD83Dalone";
  static final String LONE_LOW = "low\uDE00alone";
  static final String HIGH_AT_END = "ends in \uD83D";
  static final String REVERSED_PAIR = "reversed \uDE00\uD83D pair";
  /** Emoji (surrogate pairs), a combining mark, CJK, a BOM, U+FFFD itself and U+FFFF: all valid. */
  static final String VALID = "ok \uD83D\uDE00 \uD83D\uDC4D\uD83C\uDFFD e\u0301 \u65E5\u672C \uFEFF \uFFFD \uFFFF \u0001";

  @RegisterExtension final DatabasesPerTest databases;
  private PersistenceAdapter adapter;

  StorableTextContract(java.util.function.Supplier<TestDatabase> opener) {
    databases = new DatabasesPerTest(opener);
  }

  @BeforeEach
  void open() {
    adapter = databases.open().adapter();
  }

  static String repaired(String s) {
    return s.replace('\u0000', '\uFFFD').replace("\uD83Da", "\uFFFDa").replace("\uDE00a", "\uFFFDa")
        .replace("in \uD83D", "in \uFFFD").replace("\uDE00\uD83D p", "\uFFFD\uFFFD p");
  }

  @Test
  void repaired_expectations_areWhatTheRuleSays() {
    assertThat(repaired(NUL)).isEqualTo("before\uFFFDafter");
    assertThat(repaired(LONE_HIGH)).isEqualTo("high\uFFFDalone");
    assertThat(repaired(LONE_LOW)).isEqualTo("low\uFFFDalone");
    assertThat(repaired(HIGH_AT_END)).isEqualTo("ends in \uFFFD");
    assertThat(repaired(REVERSED_PAIR)).isEqualTo("reversed \uFFFD\uFFFD pair");
    assertThat(repaired(VALID)).isEqualTo(VALID);
  }

  @Test
  void everyWayOfBinding_storesTheRepairedText_andFindsItByTheOriginal() {
    Jdbi jdbi = adapter.jdbi();
    jdbi.useHandle(h -> h.execute("CREATE TABLE text_probe (id INT NOT NULL, t TEXT NULL, v VARCHAR(40) NULL)"));
    List<String> bad = List.of(NUL, LONE_HIGH, LONE_LOW, HIGH_AT_END, REVERSED_PAIR);

    jdbi.useHandle(h -> {
      for (int i = 0; i < bad.size(); i++) {
        h.createUpdate("INSERT INTO text_probe (id, t, v) VALUES (:id, :t, :v)")
            .bind("id", i).bind("t", bad.get(i)).bind("v", bad.get(i)).execute();
      }
      PreparedBatch batch = h.prepareBatch("INSERT INTO text_probe (id, t, v) VALUES (:id, :t, :v)");
      for (int i = 0; i < bad.size(); i++) {
        batch.bind("id", 100 + i).bind("t", bad.get(i)).bind("v", (Object) bad.get(i)).add();
      }
      batch.execute();
      h.createUpdate("INSERT INTO text_probe (id, t, v) VALUES (:id, :t, :v)")
          .bindMap(Map.of("id", 200, "t", NUL, "v", LONE_HIGH)).execute();
      h.createUpdate("INSERT INTO text_probe (id, t, v) VALUES (?, ?, ?)").bind(0, 300).bind(1, (String) null)
          .bind(2, (String) null).execute();
    });

    for (int i = 0; i < bad.size(); i++) {
      assertThat(row(jdbi, i)).containsExactly(repaired(bad.get(i)), repaired(bad.get(i)));
      assertThat(row(jdbi, 100 + i)).containsExactly(repaired(bad.get(i)), repaired(bad.get(i)));
    }
    assertThat(row(jdbi, 200)).containsExactly(repaired(NUL), repaired(LONE_HIGH));
    assertThat(row(jdbi, 300)).containsExactly(null, null);
    // Lookups bind through the same rule, so the original text finds what it was stored as.
    int byNul = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM text_probe WHERE t = :t").bind("t", NUL)
        .mapTo(Integer.class).one());
    int byList = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM text_probe WHERE v IN (<vs>)")
        .bindList("vs", List.of(LONE_LOW, HIGH_AT_END)).mapTo(Integer.class).one());
    assertThat(byNul).isEqualTo(3);
    assertThat(byList).isEqualTo(4);
  }

  @Test
  void validText_isStoredByteForByte() {
    Jdbi jdbi = adapter.jdbi();
    jdbi.useHandle(h -> h.execute("CREATE TABLE text_probe (id INT NOT NULL, t TEXT NOT NULL)"));
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO text_probe (id, t) VALUES (1, :t)").bind("t", VALID).execute());

    String read = jdbi.withHandle(h -> h.createQuery("SELECT t FROM text_probe").mapTo(String.class).one());
    int bytes = jdbi.withHandle(h -> h.createQuery("SELECT OCTET_LENGTH(t) FROM text_probe").mapTo(Integer.class).one());
    assertThat(read).isEqualTo(VALID);
    // The database's own count of the stored bytes: nothing was re-encoded on the way in.
    assertThat(bytes).isEqualTo(VALID.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void anIncident_withBadTextInItsTitleContextAndResponse_isStoredRepaired() {
    IncidentId id = new IncidentId(UUID.randomUUID());
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("task", NUL);
    context.put("lone" + LONE_HIGH, LONE_LOW);
    context.put("valid", VALID);
    adapter.incidents().create(new NewIncident(id, "api", NUL, LONE_HIGH + VALID, context, "/w/" + id), T0);

    Incident stored = adapter.incidents().find(id).orElseThrow();
    assertThat(stored.title()).isEqualTo(repaired(LONE_HIGH) + VALID);
    assertThat(stored.sourceId()).isEqualTo(repaired(NUL));
    // JSON escapes NUL as the six ASCII characters \u0000, which every database stores: it survives.
    // A lone surrogate is written as itself and repaired with the rest of the JSON text.
    assertThat(stored.context()).containsExactly(
        Map.entry("task", NUL), Map.entry("lone" + repaired(LONE_HIGH), repaired(LONE_LOW)), Map.entry("valid", VALID));

    assertThat(adapter.investigationQueue().claimNext("owner-1", T0.plusSeconds(60), T0)).isPresent();
    String response = "model said " + NUL + REVERSED_PAIR + VALID;
    assertThat(adapter.investigationQueue()
        .finish(id, "owner-1", RunEnding.completed(response, 5), T0.plusSeconds(1))).isTrue();
    assertThat(adapter.incidents().find(id).orElseThrow().response()).isEqualTo(repaired(response));
  }

  @Test
  void anEvent_withToolOutputHoldingBadText_isAppendedAndReadBack() {
    IncidentId id = new IncidentId(UUID.randomUUID());
    adapter.incidents().create(new NewIncident(id, "api", "api-1", "t", Map.of(), "/w/" + id), T0);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("stdout", "line1\n" + NUL + "\n" + LONE_LOW + HIGH_AT_END);
    data.put("valid", VALID);
    data.put("nested", Map.of("k" + REVERSED_PAIR, List.of(LONE_HIGH, NUL)));

    // One event appended alone, one in a journal batch as the workers write tool output.
    adapter.incidentEvents().append(id, EventType.TOOL_CALL, data, T0);
    adapter.runJournal().write(List.of(new RunProgress(
        id, List.of(new RunProgress.Event(EventType.TOOL_CALL, data, T0.plusSeconds(1))), 1, 10, T0.plusSeconds(1))));

    List<IncidentEvent> events = adapter.incidentEvents().read(id, 0, 10);
    assertThat(events).hasSize(3); // the first is the "pending" status of the new incident
    for (IncidentEvent read : events.subList(1, 3)) {
      assertThat(read.type()).isEqualTo(EventType.TOOL_CALL);
      assertThat(read.data()).containsExactly(
          Map.entry("stdout", "line1\n" + NUL + "\n" + repaired(LONE_LOW) + repaired(HIGH_AT_END)),
          Map.entry("valid", VALID),
          Map.entry("nested", Map.of("k" + repaired(REVERSED_PAIR), List.of(repaired(LONE_HIGH), NUL))));
    }
  }

  @Test
  void anAlert_withBadTextInItsPayload_isIngestedAndReadBack() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("instance" + LONE_LOW, NUL);
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("annotation", NUL + LONE_HIGH);
    raw.put("valid", VALID);
    AlertDetails d = new AlertDetails("Disk" + NUL, Severity.HIGH, "sum " + LONE_HIGH, "desc " + REVERSED_PAIR,
        "web-01" + HIGH_AT_END, "node" + NUL, labels, "m" + LONE_LOW, "v" + NUL, "https://rb/" + VALID,
        "id" + NUL, "sfp" + LONE_HIGH, raw);
    IncidentId incident = new IncidentId(UUID.randomUUID());
    AlertFingerprint fp = d.fingerprint(TestAlerts.SOURCE_UUID);
    Set<String> keys = Set.of("fp:" + fp.value());

    adapter.alerts().inTransaction(keys, t -> {
      t.createIncident(AlertIncident.of(incident, TestAlerts.firing(d, null), fp, TestAlerts.ORIGIN, "/w/" + incident),
          fp, T0);
      return t.insert(new NewAlert(new AlertId(UUID.randomUUID()), incident, TestAlerts.ORIGIN, d, fp, T0), T0);
    });

    Alert read = adapter.alerts().list(AlertFilter.none(), PageRequest.ALL).items().get(0);
    AlertDetails r = read.details();
    assertThat(r.alertName()).isEqualTo(repaired("Disk" + NUL));
    assertThat(r.summary()).isEqualTo(repaired("sum " + LONE_HIGH));
    assertThat(r.description()).isEqualTo(repaired("desc " + REVERSED_PAIR));
    assertThat(r.targetHost()).isEqualTo(repaired("web-01" + HIGH_AT_END));
    assertThat(r.targetService()).isEqualTo(repaired("node" + NUL));
    assertThat(r.metricName()).isEqualTo(repaired("m" + LONE_LOW));
    assertThat(r.metricValue()).isEqualTo(repaired("v" + NUL));
    assertThat(r.runbookUrl()).isEqualTo("https://rb/" + VALID);
    assertThat(r.sourceAlertId()).isEqualTo(repaired("id" + NUL));
    assertThat(r.sourceFingerprint()).isEqualTo(repaired("sfp" + LONE_HIGH));
    assertThat(r.targetLabels()).containsExactly(Map.entry("instance" + repaired(LONE_LOW), NUL));
    assertThat(r.rawPayload()).containsExactly(Map.entry("annotation", NUL + repaired(LONE_HIGH)), Map.entry("valid", VALID));
    assertThat(read.fingerprint()).isEqualTo(fp);
    // The repaired source fingerprint is what later alerts of the same source are deduplicated by.
    Optional<Alert> bySourceFingerprint =
        adapter.alerts().inTransaction(keys, t -> t.latestFiring(TestAlerts.SOURCE_UUID, "sfp" + LONE_HIGH));
    assertThat(bySourceFingerprint.map(Alert::uuid)).contains(read.uuid());
    assertThat(adapter.incidents().find(incident).orElseThrow().title()).doesNotContain("\u0000");
  }

  private static List<String> row(Jdbi jdbi, int id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT t, v FROM text_probe WHERE id = :id").bind("id", id)
        .map((rs, ctx) -> java.util.Arrays.asList(rs.getString("t"), rs.getString("v"))).one());
  }
}
