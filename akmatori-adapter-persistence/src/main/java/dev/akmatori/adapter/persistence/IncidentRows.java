package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps an {@code incidents} row to an {@link Incident}; {@code full_log} is left empty. */
final class IncidentRows {
  /** Every column {@link #map} reads, from {@code incidents}. */
  /** The columns {@link #map} reads. */
  static final String COLUMNS =
      """
      id, uuid, source, source_id, title, status, context, session_id, working_dir, response,
             tokens_used, execution_time_ms, started_at, completed_at, created_at, updated_at, error,
             steps, alert_count""";
  static final String SELECT = "SELECT " + COLUMNS + "\nFROM incidents";

  private static final Logger LOG = LoggerFactory.getLogger(IncidentRows.class);

  private IncidentRows() {}

  static Incident map(ResultSet rs, StatementContext ctx) throws SQLException {
    String uuid = rs.getString("uuid");
    String status = rs.getString("status");
    return new Incident(
        rs.getLong("id"),
        new IncidentId(UUID.fromString(uuid)),
        rs.getString("source"),
        rs.getString("source_id"),
        rs.getString("title"),
        IncidentStatus.fromWire(status)
            .orElseThrow(() -> new IllegalStateException("Incident " + uuid + " has status " + status)),
        context(uuid, rs.getString("context")),
        rs.getString("session_id"),
        rs.getString("working_dir"),
        "",
        rs.getString("response"),
        rs.getLong("tokens_used"),
        rs.getLong("execution_time_ms"),
        Timestamps.read(rs, "started_at"),
        Timestamps.read(rs, "completed_at"),
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"),
        rs.getString("error"),
        rs.getInt("steps"),
        rs.getInt("alert_count"));
  }

  /**
   * The stored context object. Only this module writes the column, so a bad value means someone
   * edited the database by hand: one such row must not break every incident list, so it reads as
   * {@code {}} with a warning (which names the incident, never the content).
   */
  static Map<String, Object> context(String uuid, String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      return JsonText.parseObject(json);
    } catch (IllegalArgumentException e) {
      LOG.warn("Incident {} has an unreadable context; read as empty: {}", uuid, e.getMessage());
      return Map.of();
    }
  }
}
