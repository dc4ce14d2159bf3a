package dev.akmatori.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akmatori.domain.runbook.Runbook;
import dev.akmatori.domain.runbook.RunbookDraft;
import dev.akmatori.domain.shared.PageRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceAdapterTest {
  private static final Instant T0 = Instant.parse("2026-05-06T09:30:12.481Z");

  @Test
  void theAppsDefaultH2FileUrl_migratesOnce_andKeepsDataAcrossRestarts(@TempDir Path dataDir) {
    String url = "jdbc:h2:file:" + dataDir.resolve("db/akmatori") + ";LOCK_TIMEOUT=10000";
    DatabaseSettings settings = new DatabaseSettings(url, "sa", "", 2);
    Runbook created;
    try (PersistenceAdapter first = PersistenceAdapter.open(settings)) {
      created = first.runbooks().create(new RunbookDraft("Disk full", "Free space."), T0);
    }

    try (PersistenceAdapter second = PersistenceAdapter.open(settings)) {
      assertThat(second.runbooks().list(PageRequest.ALL).items()).containsExactly(created);
      assertThat(migrationVersions(second)).isEqualTo(availableMigrations());
    }
  }

  @Test
  void aPoolOfOneConnection_opensMigratesAndWorks_withThePasswordGivenInTheUrl() {
    // Without DB_CLOSE_DELAY the in-memory database lives only while the main pool holds it open.
    String name = "jdbc:h2:mem:" + UUID.randomUUID();
    String url = name + ";PASSWORD=hunter2";
    try (PersistenceAdapter adapter = PersistenceAdapter.open(new DatabaseSettings(url, "sa", "", 1))) {
      adapter.settings().save("k", "v");

      assertThat(adapter.settings().find("k")).contains("v");
      assertThat(adapter.isPostgres()).isFalse();
      assertThat(adapter.describe())
          .isEqualTo(name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64");
    }
  }

  @Test
  void health_isUpWhileOpen_andDownAfterClose_withoutThrowing() {
    TestDatabase db = TestDatabases.h2();
    PersistenceAdapter adapter = db.adapter();

    assertThat(adapter.health().isUp(Duration.ofSeconds(30))).as("up (30 s is slack for a loaded machine)").isTrue();
    db.close();
    assertThat(adapter.health().isUp(Duration.ofSeconds(2))).isFalse();
  }

  @Test
  void anUnreachableDatabase_failsToOpen_withAMessageThatNamesTheUrlButNoPassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/nowhere?user=app&password=hunter2&connectTimeout=2";

    assertThatThrownBy(() -> PersistenceAdapter.open(new DatabaseSettings(url, "", "hunter3", 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/nowhere?user=app&connectTimeout=2")
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("hunter2").doesNotContain("hunter3"));
  }

  @Test
  void theMigrationCreatesEveryTableAndTheIncidentColumnsOfTheContract() {
    try (TestDatabase db = TestDatabases.h2()) {
      List<String> columns =
          db.adapter()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT column_name FROM information_schema.columns WHERE table_name = 'incidents'")
                          .mapTo(String.class)
                          .list());

      // Later migrations add columns of their own (V8: the lease columns), so this checks inclusion.
      assertThat(columns)
          .contains(
              "id", "uuid", "source", "source_id", "title", "status", "context", "session_id", "working_dir",
              "response", "tokens_used", "execution_time_ms", "started_at", "completed_at", "created_at",
              "updated_at", "error", "steps", "alert_count")
          .contains("lease_owner", "lease_expires_at", "interruptions", "cancel_requested", "last_event_id")
          .doesNotContain("full_log");
    }
  }

  @Test
  void theContextFileMigration_createsItsTableWithAUniqueFilename() {
    try (TestDatabase db = TestDatabases.h2()) {
      List<String> columns =
          db.adapter()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT column_name FROM information_schema.columns WHERE table_name = 'context_files'")
                          .mapTo(String.class)
                          .list());

      assertThat(columns)
          .containsExactlyInAnyOrder(
              "id", "filename", "original_name", "mime_type", "size_bytes", "description", "created_at",
              "updated_at");
    }
  }

  @Test
  void theMigrationScriptsFound_includeTheToolSchema() {
    assertThat(availableMigrations()).startsWith("1", "2");
  }

  /** The versions of the migration scripts on the test class path, in order. */
  static List<String> availableMigrations() {
    try (Stream<Path> scripts = Files.list(Path.of(PersistenceAdapterTest.class.getResource("/db/migration").toURI()))) {
      return scripts
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .map(n -> n.substring(1, n.indexOf("__")))
          .sorted(Comparator.comparingInt(Integer::parseInt))
          .toList();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> migrationVersions(PersistenceAdapter adapter) {
    return adapter
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT version FROM flyway_schema_history WHERE type = 'SQL' AND success ORDER BY installed_rank")
                    .mapTo(String.class)
                    .list());
  }


  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
