package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.incident.IncidentId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention cleanup of two real replicas on one PostgreSQL (a fresh schema) sharing a data
 * directory: their startup runs never overlap and delete an incident once, and a scheduled pass that
 * both replicas find due at the same moment runs in exactly one of them. Skipped only when {@code
 * AKMATORI_TEST_POSTGRES_URL} is unset and CI does not require it.
 */
class PostgresRetentionReplicasTest {
  @RegisterExtension final PostgresSchema postgres = new PostgresSchema("ret");
  @TempDir Path dataDir;

  private String schemaUrl() throws SQLException {
    return postgres.url();
  }

  private AppConfig config() throws SQLException {
    Map<String, String> env = SystemTest.env(dataDir, "replica-admin-password");
    env.put("AKMATORI_DB_URL", schemaUrl());
    env.put("AKMATORI_DB_POOL_SIZE", "3");
    env.put("AKMATORI_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32]));
    return AppConfig.fromEnvironment(env);
  }

  /** started_at, finished_at, incidents_deleted of every run, oldest first. */
  private List<Object[]> runs() throws Exception {
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(schemaUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT started_at, finished_at, incidents_deleted FROM retention_runs ORDER BY started_at, id")) {
      while (rs.next()) {
        rows.add(new Object[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
            rs.getLong(3)});
      }
    }
    return rows;
  }

  private static <T> List<T> atOnce(List<java.util.concurrent.Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (java.util.concurrent.Callable<T> call : calls) {
        futures.add(pool.submit(() -> {
          go.await();
          return call.call();
        }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoReplicas_neverRunAtOnce_deleteAnIncidentOnce_andShareOneSchedule() throws Exception {
    IncidentId first;
    try (RetentionPlanter plant = new RetentionPlanter(config())) {
      first = plant.completed(Instant.now().minus(Duration.ofDays(200)));
      plant.workspace(first.toString(), Instant.now().minus(Duration.ofDays(200)), 100);
    }

    List<Application> apps = atOnce(List.of(() -> Application.start(config()), () -> Application.start(config())));
    try {
      List<Object[]> startup = runs();
      assertThat(startup).hasSizeBetween(1, 2);
      assertThat(startup).allSatisfy(r -> assertThat(r[1]).as("finished").isNotNull());
      assertThat(startup.stream().mapToLong(r -> (Long) r[2]).sum()).isEqualTo(1);
      if (startup.size() == 2) {
        assertThat((Instant) startup.get(1)[0]).as("the second run starts after the first finished")
            .isAfterOrEqualTo((Instant) startup.get(0)[1]);
      }
      assertThat(dataDir.resolve("incidents").resolve(first.toString())).doesNotExist();

      // A scheduled pass is due once the last one started an interval (6 h by default) ago.
      IncidentId second;
      try (RetentionPlanter plant = new RetentionPlanter(config())) {
        second = plant.completed(Instant.now().minus(Duration.ofDays(300)));
        plant.workspace(second.toString(), Instant.now().minus(Duration.ofDays(300)), 10);
      }
      try (Connection c = DriverManager.getConnection(schemaUrl());
          PreparedStatement s = c.prepareStatement("UPDATE job_leases SET last_started_at = ? WHERE job = 'retention_cleanup'")) {
        s.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofHours(7))));
        assertThat(s.executeUpdate()).isEqualTo(1);
      }

      atOnce(List.of(() -> {
        apps.get(0).retention().tick();
        return true;
      }, () -> {
        apps.get(1).retention().tick();
        return true;
      }));

      List<Object[]> all = runs();
      assertThat(all).hasSize(startup.size() + 1);
      assertThat(all.get(all.size() - 1)[2]).isEqualTo(1L);
      assertThat(dataDir.resolve("incidents").resolve(second.toString())).doesNotExist();

      apps.get(0).retention().tick();
      apps.get(1).retention().tick();
      assertThat(runs()).hasSize(all.size());
    } finally {
      apps.forEach(Application::close);
    }
  }
}
