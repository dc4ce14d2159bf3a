package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.settings.SettingsStores;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.BuiltinAlertSourceTypes;
import dev.akmatori.domain.settings.LlmProvider;
import dev.akmatori.domain.settings.LlmProviderChanges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Two adapters on one database start and write like two replicas at the same moment. */
abstract class ConfigurationReplicaRaceContract {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12Z");
  private static final int ATTEMPTS = 6;

  private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(AesGcmSecretCipherTest.key(1));

  abstract TestDatabase openDatabase();

  @Test
  void racingSeeds_storeEachTypeOnce_inCatalogueOrder() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      List<PersistenceAdapter> replicas = List.of(db.adapter(), replica);

      race(i -> () -> { replicas.get(i % 2).alertSourceTypes().seed(BuiltinAlertSourceTypes.all(), T0); return null; });

      List<AlertSourceType> types = db.adapter().alertSourceTypes().list();
      assertThat(types).extracting(AlertSourceType::spec).containsExactlyElementsOf(BuiltinAlertSourceTypes.all());
      assertThat(types).extracting(AlertSourceType::id).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void racingFirstStarts_createOneRowPerSettingsResource() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      List<SettingsStores> replicas = List.of(db.adapter().settingsStores(cipher), replica.settingsStores(cipher));

      race(i -> () -> { replicas.get(i % 2).createDefaults(T0); return null; });

      for (String table : List.of("general_settings", "slack_settings", "proxy_settings", "retention_settings")) {
        assertThat(count(db, "SELECT COUNT(*) FROM " + table)).as(table).isEqualTo(1);
      }
      assertThat(count(db, "SELECT COUNT(*) FROM llm_settings")).isEqualTo(5);
      assertThat(count(db, "SELECT COUNT(*) FROM llm_settings WHERE active")).isEqualTo(1);
    }
  }

  @Test
  void racingLlmUpdatesAcrossReplicas_leaveExactlyOneActiveProvider_andEveryKey() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      List<SettingsStores> replicas = List.of(db.adapter().settingsStores(cipher), replica.settingsStores(cipher));
      LlmProvider[] providers = LlmProvider.values();

      race(i -> () -> {
        LlmProvider p = providers[i % providers.length];
        return replicas.get(i % 2).llm().update(p, s -> s.apply(LlmProviderChanges.of(p.wireName(), "k-" + p.wireName(), null, null, null)), T0);
      });

      assertThat(count(db, "SELECT COUNT(*) FROM llm_settings WHERE active")).isEqualTo(1);
      assertThat(db.adapter().settingsStores(cipher).llm().load(T0).providers())
          .allSatisfy(r -> assertThat(r.value().apiKey().reveal()).startsWith("k-"));
    }
  }

  private static long count(TestDatabase db, String sql) {
    return db.adapter().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static void race(IntFunction<Callable<Object>> attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < ATTEMPTS; i++) {
        Callable<Object> call = attempt.apply(i);
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      for (Future<Object> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
