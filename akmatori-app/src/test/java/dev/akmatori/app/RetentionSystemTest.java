package dev.akmatori.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akmatori.domain.incident.IncidentId;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The startup retention cleanup of the real application on H2 (contract §3.10.5, §7). */
class RetentionSystemTest {
  private static final String PASSWORD = "retention-admin-password";

  @TempDir Path dataDir;
  @TempDir Path elsewhere;

  private AppConfig config() {
    Map<String, String> env = SystemTest.env(dataDir, PASSWORD);
    return AppConfig.fromEnvironment(env);
  }

  private static Instant daysAgo(long days) {
    return Instant.now().minus(Duration.ofDays(days));
  }

  @Test
  void theStartupRun_deletesAnOldCompletedIncidentAndItsWorkspace_beforeTheFirstRequest() throws Exception {
    IncidentId old;
    IncidentId young;
    IncidentId linked;
    String orphan = UUID.randomUUID().toString();
    String youngOrphan = UUID.randomUUID().toString();
    try (RetentionPlanter plant = new RetentionPlanter(config())) {
      old = plant.completed(daysAgo(120));
      plant.workspace(old.toString(), daysAgo(120), 1000, 234);
      young = plant.completed(daysAgo(10));
      plant.workspace(young.toString(), daysAgo(10), 50);
      linked = plant.completed(daysAgo(200));
      Files.write(elsewhere.resolve("precious.txt"), new byte[7]);
      Files.createSymbolicLink(dataDir.resolve("incidents").resolve(linked.toString()), elsewhere);
      plant.workspace(orphan, daysAgo(3), 66);
      plant.workspace(youngOrphan, Instant.now().minus(Duration.ofMinutes(5)), 5);
      plant.workspace("not-a-workspace", daysAgo(400), 5);
    }

    try (Application app = Application.start(config())) {
      String token = SystemTest.login(app, PASSWORD);
      HttpResponse<String> lastRun = SystemTest.send(app, "GET", "/api/settings/retention/last-run", token, null);

      assertThat(lastRun.statusCode()).isEqualTo(200);
      assertThat(lastRun.body())
          .matches("\\{\"started_at\":\"[^\"]+Z\",\"finished_at\":\"[^\"]+Z\",\"incidents_deleted\":1,"
              + "\"orphan_dirs_removed\":1,\"bytes_freed\":1300,\"errors\":\\[\"Incident " + linked + " kept: .*\"\\]\\}");
      assertThat(lastRun.body()).contains("outside");
      assertThat(dataDir.resolve("incidents").resolve(old.toString())).doesNotExist();
      assertThat(dataDir.resolve("incidents").resolve(orphan)).doesNotExist();
      assertThat(dataDir.resolve("incidents").resolve(young.toString())).exists();
      assertThat(dataDir.resolve("incidents").resolve(youngOrphan)).exists();
      assertThat(dataDir.resolve("incidents").resolve("not-a-workspace")).exists();
      assertThat(elsewhere.resolve("precious.txt")).exists();
      assertThat(SystemTest.send(app, "GET", "/api/incidents/" + old, token, null).statusCode()).isEqualTo(404);
      assertThat(SystemTest.send(app, "GET", "/api/incidents/" + young, token, null).statusCode()).isEqualTo(200);
      assertThat(SystemTest.send(app, "GET", "/api/incidents/" + linked, token, null).statusCode()).isEqualTo(200);
      assertThat(SystemTest.send(app, "GET", "/api/settings/retention/last-run", null, null).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void withRetentionDisabled_theStartupRunIsRecordedWithZeroCounts_andKeepsEverything() throws Exception {
    try (Application app = Application.start(config())) {
      String token = SystemTest.login(app, PASSWORD);
      assertThat(SystemTest.send(app, "PUT", "/api/settings/retention", token, "{\"enabled\":false}").statusCode())
          .isEqualTo(200);
    }
    IncidentId old;
    try (RetentionPlanter plant = new RetentionPlanter(config())) {
      old = plant.completed(daysAgo(1000));
      plant.workspace(old.toString(), daysAgo(1000), 10);
    }

    try (Application app = Application.start(config())) {
      String token = SystemTest.login(app, PASSWORD);
      String body = SystemTest.send(app, "GET", "/api/settings/retention/last-run", token, null).body();

      assertThat(body).matches("\\{\"started_at\":\"[^\"]+\",\"finished_at\":\"[^\"]+\",\"incidents_deleted\":0,"
          + "\"orphan_dirs_removed\":0,\"bytes_freed\":0,\"errors\":\\[\\]\\}");
      assertThat(dataDir.resolve("incidents").resolve(old.toString())).exists();
      assertThat(SystemTest.send(app, "GET", "/api/incidents/" + old, token, null).statusCode()).isEqualTo(200);
    }
  }
}
