package dev.akmatori.application.alertsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.AlertSourceChanges;
import dev.akmatori.domain.alertsource.AlertSourceConfig;
import dev.akmatori.domain.alertsource.AlertSourceDraft;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.BuiltinAlertSourceTypes;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertSourceRepository} must do. Subclasses supply empty storage: the in-memory
 * fake, H2 and PostgreSQL all run these same tests.
 */
public abstract class AlertSourceRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");
  private static final Instant T1 = T0.plus(5, ChronoUnit.MINUTES);

  /** The two repositories over one empty store. */
  public record Repositories(AlertSourceTypeRepository types, AlertSourceRepository sources) {}

  private AlertSourceRepository sources;
  private AlertSourceType zabbix;
  private AlertSourceType grafana;

  protected abstract Repositories newRepositories();

  @BeforeEach
  void setUpRepositories() {
    Repositories r = newRepositories();
    r.types().seed(BuiltinAlertSourceTypes.all(), T0);
    zabbix = r.types().findByName("zabbix").orElseThrow();
    grafana = r.types().findByName("grafana").orElseThrow();
    sources = r.sources();
  }

  private static AlertSourceConfig config(String name) {
    return AlertSourceDraft.of("zabbix", name, "", null, null, null, null).config();
  }

  private AlertSource create(String name) {
    return sources.create(new AlertSourceId(UUID.randomUUID()), zabbix, config(name), T0);
  }

  @Test
  void create_keepsEveryField_andFindReturnsTheSame() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("zeta", List.of(1, 2.5, "drei", true));
    settings.put("nested", Map.of("deep", Map.of("x", "Überlast 🚀")));
    settings.put("nothing", null);
    settings.put("big", new BigInteger("123456789012345678901234567890"));
    AlertSourceConfig config =
        AlertSourceDraft.of("grafana", " Grafana prod ", "Main — 日本語", "s3cret-Wert-🚀", Map.of("severity", "labels.prio"), settings, false)
            .config();
    AlertSourceId uuid = new AlertSourceId(UUID.randomUUID());

    AlertSource created = sources.create(uuid, grafana, config, T0);

    assertThat(created.id()).isPositive();
    assertThat(created.uuid()).isEqualTo(uuid);
    assertThat(created.type()).isEqualTo(grafana);
    assertThat(created.config()).isEqualTo(config);
    assertThat(created.createdAt()).isEqualTo(T0).isEqualTo(created.updatedAt());
    AlertSource found = sources.find(uuid).orElseThrow();
    assertThat(found).isEqualTo(created);
    assertThat(found.config().webhookSecret().reveal()).isEqualTo("s3cret-Wert-🚀");
    assertThat(found.config().settings().keySet()).containsExactly("zeta", "nested", "nothing", "big");
  }

  @Test
  void create_withATakenName_conflicts_withTheContractMessage() {
    create("Prod");

    assertThatThrownBy(() -> create("Prod"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Alert source with name 'Prod' already exists");
    assertThat(sources.list(PageRequest.ALL).total()).isEqualTo(1);
  }

  @Test
  void find_unknownUuid_isEmpty() {
    assertThat(sources.find(new AlertSourceId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void update_appliesTheChangeToTheStoredConfig_keepsCreatedAt_andStampsUpdatedAt() {
    AlertSource created =
        sources.create(new AlertSourceId(UUID.randomUUID()), zabbix,
            AlertSourceDraft.of("zabbix", "Z", "d", "old-secret", null, Map.of("a", 1), true).config(), T0);

    AlertSource updated =
        sources.update(created.uuid(), c -> c.with(AlertSourceChanges.of("Z2", null, "****cret", Map.of("status", "st"), null, false)), T1)
            .orElseThrow();

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.type()).isEqualTo(zabbix);
    assertThat(updated.config().name()).isEqualTo("Z2");
    assertThat(updated.config().description()).isEqualTo("d");
    assertThat(updated.config().webhookSecret().reveal()).isEqualTo("old-secret");
    assertThat(updated.config().fieldMappings().toWire()).containsOnly(Map.entry("status", "st"));
    assertThat(updated.config().settings()).containsOnly(Map.entry("a", 1L));
    assertThat(updated.config().enabled()).isFalse();
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.updatedAt()).isEqualTo(T1);
    assertThat(sources.find(created.uuid())).contains(updated);
  }

  @Test
  void update_toATakenName_conflicts_andChangesNothing() {
    create("A");
    AlertSource b = create("B");

    assertThatThrownBy(() -> sources.update(b.uuid(), c -> c.with(AlertSourceChanges.of("A", null, null, null, null, null)), T1))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Alert source with name 'A' already exists");
    assertThat(sources.find(b.uuid())).contains(b);
  }

  @Test
  void update_keepingItsOwnName_isNoConflict() {
    AlertSource a = create("A");

    assertThat(sources.update(a.uuid(), c -> c, T1)).hasValueSatisfying(u -> assertThat(u.config().name()).isEqualTo("A"));
  }

  @Test
  void update_unknownUuid_isEmpty() {
    assertThat(sources.update(new AlertSourceId(UUID.randomUUID()), c -> c, T1)).isEmpty();
  }

  @Test
  void concurrentUpdates_areNeverLost() throws Exception {
    AlertSource s =
        sources.create(new AlertSourceId(UUID.randomUUID()), zabbix,
            AlertSourceDraft.of("zabbix", "counter", "", null, null, Map.of("n", 0), true).config(), T0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> sources.update(s.uuid(), c -> c.with(increment(c)), T1)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(sources.find(s.uuid()).orElseThrow().config().settings()).containsEntry("n", 8L);
  }

  private static AlertSourceChanges increment(AlertSourceConfig c) {
    long n = (Long) c.settings().get("n");
    return AlertSourceChanges.of(null, null, null, null, Map.of("n", n + 1), null);
  }

  @Test
  void delete_removesOnce_andFreesTheName() {
    AlertSource a = create("A");

    assertThat(sources.delete(a.uuid())).isTrue();
    assertThat(sources.delete(a.uuid())).isFalse();
    assertThat(sources.find(a.uuid())).isEmpty();
    assertThat(create("A").id()).isGreaterThan(a.id());
  }

  @Test
  void list_ordersById_andPages() {
    AlertSource c = create("c");
    AlertSource a = create("a");
    AlertSource b = create("b");

    Page<AlertSource> all = sources.list(PageRequest.ALL);
    Page<AlertSource> second = sources.list(PageRequest.of(2, 2));
    Page<AlertSource> past = sources.list(PageRequest.of(5, 2));

    assertThat(all.items()).containsExactly(c, a, b);
    assertThat(second.items()).containsExactly(b);
    assertThat(second.total()).isEqualTo(3);
    assertThat(second.totalPages()).isEqualTo(2);
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(3);
  }
}
