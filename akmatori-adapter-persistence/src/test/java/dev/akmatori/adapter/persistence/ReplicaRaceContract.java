package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.application.auth.ApiKeyRepository;
import dev.akmatori.application.mcp.McpServerRepository;
import dev.akmatori.application.mcp.TestMcpServers;
import dev.akmatori.application.settings.SettingsRepository;
import dev.akmatori.domain.auth.ApiKeyName;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two adapters on one database behave like two replicas racing for the same unique rows. */
abstract class ReplicaRaceContract {
  static final int ATTEMPTS = 8;

  abstract TestDatabase openDatabase();

  @Test
  void racingSaveIfAbsent_acrossReplicas_agreesOnOneWinner() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      List<SettingsRepository> replicas = List.of(db.adapter().settings(), replica.settings());

      List<Object> results =
          race(i -> () -> replicas.get(i % 2).saveIfAbsent("security.check", "value-" + i));

      assertThat(results).hasSize(ATTEMPTS).containsOnly(db.adapter().settings().find("security.check").orElseThrow());
    }
  }

  @Test
  void racingApiKeyCreation_withOneName_createsExactlyOne_andTheRestConflict() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      List<ApiKeyRepository> replicas = List.of(db.adapter().apiKeys(), replica.apiKeys());
      String hashDigit = "0123456789abcdef";

      List<Object> results =
          race(
              i ->
                  () -> {
                    try {
                      return replicas
                          .get(i % 2)
                          .create(new ApiKeyName("ci"), "akm_000" + i, String.valueOf(hashDigit.charAt(i)).repeat(64), Instant.EPOCH);
                    } catch (ConflictException e) {
                      return e.getMessage();
                    }
                  });

      assertThat(results).filteredOn(String.class::isInstance).hasSize(ATTEMPTS - 1).containsOnly("API key with name 'ci' already exists");
      assertThat(db.adapter().apiKeys().list()).hasSize(1);
    }
  }

  @Test
  void racingMcpServers_withOneNamespaceInDifferentCases_createsExactlyOne_andTheRestConflict() throws Exception {
    try (TestDatabase db = openDatabase();
        PersistenceAdapter replica = db.openReplica()) {
      List<McpServerRepository> replicas = List.of(db.adapter().mcpServers(), replica.mcpServers());

      List<Object> results =
          race(
              i ->
                  () -> {
                    String prefix = i % 2 == 0 ? "GitHub" : "github";
                    try {
                      return replicas.get(i % 2).create(TestMcpServers.stdio("server-" + i, prefix), Instant.EPOCH);
                    } catch (ConflictException e) {
                      return e.getMessage();
                    }
                  });

      assertThat(results).filteredOn(String.class::isInstance).hasSize(ATTEMPTS - 1)
          .allMatch(m -> m.toString().matches("namespace_prefix '(GitHub|github)' already in use"));
      assertThat(db.adapter().mcpServers().list(PageRequest.ALL).total()).isEqualTo(1);
    }
  }

  /** Runs {@link #ATTEMPTS} calls released together and returns their results in order. */
  static List<Object> race(java.util.function.IntFunction<Callable<Object>> attempt) throws Exception {
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
      List<Object> results = new ArrayList<>();
      for (Future<Object> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          throw new AssertionError("a racing call failed", e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
