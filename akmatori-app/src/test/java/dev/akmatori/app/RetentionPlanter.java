package dev.akmatori.app;

import dev.akmatori.adapter.persistence.DatabaseSettings;
import dev.akmatori.adapter.persistence.PersistenceAdapter;
import dev.akmatori.application.investigation.RunEnding;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.NewIncident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Plants what the retention cleanup finds at startup, through the persistence adapter a server
 * would use: finished incidents with old {@code completed_at}, their workspaces, orphan directories.
 */
final class RetentionPlanter implements AutoCloseable {
  private final PersistenceAdapter persistence;
  private final Path incidents;

  RetentionPlanter(AppConfig config) {
    this.persistence = PersistenceAdapter.open(
        new DatabaseSettings(config.dbUrl(), config.dbUser(), config.dbPassword(), 2));
    this.incidents = config.dataDir().resolve("incidents");
  }

  /** A completed incident (created a minute before {@code completedAt}) without a workspace. */
  IncidentId completed(Instant completedAt) {
    IncidentId id = new IncidentId(UUID.randomUUID());
    Instant created = completedAt.minusSeconds(60);
    persistence.incidents().create(
        new NewIncident(id, "api", "api-" + created.toEpochMilli(), "Old incident", Map.of("task", "old"),
            incidents.resolve(id.toString()).toString()),
        created);
    Incident claimed = persistence.investigationQueue()
        .claimNext("planter", completedAt.plusSeconds(30), created.plusSeconds(1)).orElseThrow();
    if (!claimed.uuid().equals(id)) {
      throw new IllegalStateException("another incident was pending: " + claimed.uuid());
    }
    persistence.investigationQueue().finish(id, "planter", RunEnding.completed("done", 1000), completedAt);
    return id;
  }

  /** A workspace directory {@code name} with files of {@code sizes} bytes, last modified at {@code modified}. */
  Path workspace(String name, Instant modified, int... sizes) throws IOException {
    Path dir = Files.createDirectories(incidents.resolve(name).resolve("tool_outputs"));
    for (int i = 0; i < sizes.length; i++) {
      Files.write(dir.resolve("out-" + i + ".json"), new byte[sizes[i]]);
    }
    Files.setLastModifiedTime(dir, FileTime.from(modified));
    Files.setLastModifiedTime(dir.getParent(), FileTime.from(modified));
    return dir.getParent();
  }

  @Override
  public void close() {
    persistence.close();
  }
}
