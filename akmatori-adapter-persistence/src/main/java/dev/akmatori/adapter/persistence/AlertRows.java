package dev.akmatori.adapter.persistence;

import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertDetails;
import dev.akmatori.domain.alert.AlertFingerprint;
import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.AlertOrigin;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.Severity;
import dev.akmatori.domain.incident.IncidentId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an {@code alerts} row (joined with its incident's uuid) to an {@link Alert}. */
final class AlertRows {
  /** Every column {@link #map} reads; {@code a} is the alert, {@code i} its incident. */
  static final String SELECT =
      """
      SELECT a.id, a.uuid, i.uuid AS incident_uuid, a.source_uuid, a.source_type, a.source_name, a.status,
             a.fingerprint, a.source_fingerprint, a.source_alert_id, a.alert_name, a.severity, a.summary,
             a.description, a.target_host, a.target_service, a.runbook_url, a.metric_name, a.metric_value,
             a.target_labels, a.raw_payload, a.fired_at, a.resolved_at, a.superseded, a.last_seen_at,
             a.created_at, a.updated_at
      FROM alerts a LEFT JOIN incidents i ON i.id = a.incident_id""";

  private AlertRows() {}

  static Alert map(ResultSet rs, StatementContext ctx) throws SQLException {
    String incident = rs.getString("incident_uuid");
    AlertDetails details =
        new AlertDetails(
            rs.getString("alert_name"),
            Severity.fromWire(rs.getString("severity")).orElse(Severity.WARNING),
            rs.getString("summary"),
            rs.getString("description"),
            rs.getString("target_host"),
            rs.getString("target_service"),
            labels(rs.getString("target_labels")),
            rs.getString("metric_name"),
            rs.getString("metric_value"),
            rs.getString("runbook_url"),
            rs.getString("source_alert_id"),
            rs.getString("source_fingerprint"),
            JsonText.parseObject(rs.getString("raw_payload")));
    return new Alert(
        rs.getLong("id"),
        new AlertId(UUID.fromString(rs.getString("uuid"))),
        incident == null ? Optional.empty() : Optional.of(new IncidentId(UUID.fromString(incident))),
        new AlertOrigin(rs.getString("source_uuid"), rs.getString("source_type"), rs.getString("source_name")),
        details,
        new AlertFingerprint(rs.getString("fingerprint")),
        AlertStatus.fromWire(rs.getString("status")).orElseThrow(),
        Timestamps.read(rs, "fired_at"),
        Timestamps.read(rs, "resolved_at"),
        rs.getBoolean("superseded"),
        Timestamps.read(rs, "last_seen_at"),
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }

  private static Map<String, String> labels(String json) {
    Map<String, String> labels = new LinkedHashMap<>();
    JsonText.parseObject(json).forEach((k, v) -> labels.put(k, String.valueOf(v)));
    return labels;
  }
}
