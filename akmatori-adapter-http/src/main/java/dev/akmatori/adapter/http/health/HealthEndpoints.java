package dev.akmatori.adapter.http.health;

import dev.akmatori.adapter.http.json.Replies;
import dev.akmatori.adapter.http.routing.Routes;
import dev.akmatori.application.health.DatabaseHealth;
import io.javalin.http.Context;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/health} (contract §3.11): always 200, {@code degraded} on a database failure. */
public final class HealthEndpoints {
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(HealthEndpoints.class);

  private final DatabaseHealth database;
  private final String version;

  public HealthEndpoints(DatabaseHealth database, String version) {
    this.database = database;
    this.version = version;
  }

  public void register(Routes routes) {
    routes.get("/api/health", this::health);
  }

  void health(Context ctx) {
    boolean up = databaseUp();
    Replies.ok(ctx, new HealthResponse(up ? "ok" : "degraded", version, up ? "ok" : "error"));
  }

  /** The port promises never to throw; a health check must hold even if it breaks that promise. */
  private boolean databaseUp() {
    try {
      return database.isUp(PROBE_TIMEOUT);
    } catch (RuntimeException e) {
      LOG.warn("Database probe failed", e);
      return false;
    }
  }

  /** {@code {"status", "version", "database"}}. */
  record HealthResponse(String status, String version, String database) {}
}
