package dev.akmatori.adapter.persistence;

import dev.akmatori.application.alert.AlertTransaction;
import dev.akmatori.application.alert.FiringLookup;
import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertFingerprint;
import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.AlertStatus;
import dev.akmatori.domain.alert.NewAlert;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.NewIncident;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The reads and writes of one ingest transaction, on its handle. The incidents' {@code alert_count}
 * is not raised as each alert is stored but by {@link #countAlerts} at the end, one UPDATE per
 * incident in incident-uuid order: the journal and the heartbeat lock running incidents in that
 * order too (ADR 0022), and a delivery whose alerts correlate to several of them in payload order
 * would otherwise deadlock with them.
 */
final class JdbiAlertTransaction implements AlertTransaction {
  private static final String LATEST = "\nORDER BY a.created_at DESC, a.id DESC\nLIMIT 1";
  private static final String BY_SOURCE_FP =
      AlertRows.SELECT
          + "\nWHERE a.source_uuid = :source AND a.source_fingerprint = :sfp AND a.status = 'firing'" + LATEST;
  private static final String BY_FP =
      AlertRows.SELECT + "\nWHERE a.source_uuid = :source AND a.fingerprint = :fp AND a.status = 'firing'" + LATEST;
  /**
   * Two index lookups (the remembered fingerprint, then incidents of linked alerts) instead of one OR,
   * which would scan every incident; the live condition is added to both. The UNION sits in a derived
   * table because H2 parses a top-level UNION again on every call (it caches plain SELECTs only).
   */
  private static final String LIVE =
      """
      SELECT uuid FROM (
        SELECT uuid, created_at, id FROM incidents
        WHERE alert_fingerprint = :fp AND %1$s
        UNION ALL
        SELECT i.uuid, i.created_at, i.id FROM alerts a JOIN incidents i ON i.id = a.incident_id
        WHERE a.fingerprint = :fp AND %2$s
      ) live
      ORDER BY created_at DESC, id DESC
      LIMIT 1""";
  private static final String PENDING_OR_RUNNING = "%sstatus IN ('pending', 'running')";
  private static final String RECENTLY_COMPLETED =
      "(%1$sstatus IN ('pending', 'running') OR (%1$sstatus = 'completed' AND %1$scompleted_at >= :since))";
  private static final String LIVE_NOW = live(PENDING_OR_RUNNING);
  private static final String LIVE_OR_RECENT = live(RECENTLY_COMPLETED);
  /**
   * {@link #lookUpFiring} in one statement: row kind 1 is the newest firing alert with the source
   * fingerprint (never for an empty one) and its incident's state, kind 2 the live incident.
   */
  private static final String LOOK_UP =
      """
      SELECT kind, alert_uuid, incident_uuid, incident_status, completed_at FROM (
        SELECT * FROM (
          SELECT 1 AS kind, a.uuid AS alert_uuid, i.uuid AS incident_uuid, i.status AS incident_status, i.completed_at
          FROM alerts a LEFT JOIN incidents i ON i.id = a.incident_id
          WHERE a.source_uuid = :source AND a.source_fingerprint = :sfp AND a.source_fingerprint <> ''
            AND a.status = 'firing'
          ORDER BY a.created_at DESC, a.id DESC
          LIMIT 1
        ) open_alert
        UNION ALL
        SELECT 2, NULL, uuid, NULL, NULL FROM (%s) live_incident
      ) found""";
  private static final String LOOK_UP_NOW = String.format(LOOK_UP, LIVE_NOW);
  private static final String LOOK_UP_OR_RECENT = String.format(LOOK_UP, LIVE_OR_RECENT);
  private static final String INSERT =
      """
      INSERT INTO alerts (uuid, incident_id, source_uuid, source_type, source_name, status, fingerprint,
                          source_fingerprint, source_alert_id, alert_name, severity, summary, description,
                          target_host, target_service, runbook_url, metric_name, metric_value, target_labels,
                          raw_payload, fired_at, last_seen_at, created_at, updated_at)
      VALUES (:uuid, (SELECT id FROM incidents WHERE uuid = :incident), :sourceUuid, :sourceType, :sourceName,
              'firing', :fp, :sfp, :sourceAlertId, :name, :severity, :summary, :description, :host, :service,
              :runbook, :metricName, :metricValue, :labels, :raw, :firedAt, :now, :now, :now)""";
  private static final String COUNT_ALERTS =
      "UPDATE incidents SET alert_count = alert_count + :alerts WHERE uuid = :incident";
  private static final String TOUCH = "UPDATE alerts SET last_seen_at = :now WHERE uuid = :uuid";
  private static final String RESOLVE =
      """
      UPDATE alerts SET status = 'resolved', resolved_at = :resolvedAt, last_seen_at = :now, updated_at = :now
      WHERE uuid = :uuid""";
  private static final String SUPERSEDE =
      """
      UPDATE alerts SET status = 'resolved', resolved_at = :now, superseded = TRUE, updated_at = :now
      WHERE uuid = :uuid""";

  private final Handle h;
  private final boolean postgres;
  /** Alerts stored per incident uuid, sorted as the journal and the heartbeat sort incidents. */
  private final Map<String, Integer> counted = new TreeMap<>();

  private static String live(String condition) {
    return String.format(LIVE, String.format(condition, ""), String.format(condition, "i."));
  }

  JdbiAlertTransaction(Handle h, boolean postgres) {
    this.h = h;
    this.postgres = postgres;
  }

  @Override
  public Optional<Alert> latestFiring(String sourceUuid, String sourceFingerprint) {
    return h.createQuery(BY_SOURCE_FP).bind("source", sourceUuid).bind("sfp", sourceFingerprint)
        .map(AlertRows::map).findOne();
  }

  @Override
  public Optional<Alert> latestFiring(String sourceUuid, AlertFingerprint fingerprint) {
    return h.createQuery(BY_FP).bind("source", sourceUuid).bind("fp", fingerprint.value()).map(AlertRows::map).findOne();
  }

  @Override
  public FiringLookup lookUpFiring(
      String sourceUuid, String sourceFingerprint, AlertFingerprint fingerprint, Optional<Instant> completedSince) {
    var query = h.createQuery(completedSince.isPresent() ? LOOK_UP_OR_RECENT : LOOK_UP_NOW)
        .bind("source", sourceUuid).bind("sfp", sourceFingerprint).bind("fp", fingerprint.value());
    completedSince.ifPresent(since -> query.bind("since", Timestamps.bind(since)));
    Optional<FiringLookup.OpenAlert> open = Optional.empty();
    Optional<IncidentId> live = Optional.empty();
    for (LookUpRow row : query.map(JdbiAlertTransaction::lookUpRow).list()) {
      if (row.kind() == 1) {
        open = Optional.of(new FiringLookup.OpenAlert(new AlertId(UUID.fromString(row.alertUuid())), row.incident(),
            Optional.ofNullable(row.incidentStatus()).flatMap(IncidentStatus::fromWire), Optional.ofNullable(row.completedAt())));
      } else {
        live = row.incident();
      }
    }
    return new FiringLookup(open, live);
  }

  /** One row of {@link #LOOK_UP}. */
  private record LookUpRow(int kind, String alertUuid, String incidentUuid, String incidentStatus, Instant completedAt) {
    Optional<IncidentId> incident() {
      return Optional.ofNullable(incidentUuid).map(uuid -> new IncidentId(UUID.fromString(uuid)));
    }
  }

  private static LookUpRow lookUpRow(ResultSet rs, StatementContext ctx) throws SQLException {
    return new LookUpRow(rs.getInt("kind"), rs.getString("alert_uuid"), rs.getString("incident_uuid"),
        rs.getString("incident_status"), Timestamps.read(rs, "completed_at"));
  }

  @Override
  public Optional<Incident> incident(IncidentId id) {
    return h.createQuery(IncidentRows.SELECT + "\nWHERE uuid = :uuid").bind("uuid", id.toString())
        .map(IncidentRows::map).findOne();
  }

  @Override
  public Optional<IncidentId> liveIncident(AlertFingerprint fingerprint, Optional<Instant> completedSince) {
    var query = h.createQuery(completedSince.isPresent() ? LIVE_OR_RECENT : LIVE_NOW).bind("fp", fingerprint.value());
    completedSince.ifPresent(since -> query.bind("since", Timestamps.bind(since)));
    return query.map((rs, ctx) -> rs.getString("uuid")).findFirst().map(uuid -> new IncidentId(UUID.fromString(uuid)));
  }

  @Override
  public Incident createIncident(NewIncident incident, AlertFingerprint fingerprint, Instant now) {
    return IncidentInserts.insert(h, incident, fingerprint.value(), now, postgres);
  }

  @Override
  public Alert insert(NewAlert n, Instant now) {
    var d = n.details();
    long id =
        h.createUpdate(INSERT)
            .bind("uuid", n.uuid().toString())
            .bind("incident", n.incident().toString())
            .bind("sourceUuid", n.origin().sourceUuid())
            .bind("sourceType", n.origin().sourceType())
            .bind("sourceName", n.origin().sourceName())
            .bind("fp", n.fingerprint().value())
            .bind("sfp", d.sourceFingerprint())
            .bind("sourceAlertId", d.sourceAlertId())
            .bind("name", d.alertName())
            .bind("severity", d.severity().wireName())
            .bind("summary", d.summary())
            .bind("description", d.description())
            .bind("host", d.targetHost())
            .bind("service", d.targetService())
            .bind("runbook", d.runbookUrl())
            .bind("metricName", d.metricName())
            .bind("metricValue", d.metricValue())
            .bind("labels", JsonWriter.write(d.targetLabels()))
            .bind("raw", JsonWriter.write(d.rawPayload()))
            .bind("firedAt", Timestamps.bind(n.firedAt()))
            .bind("now", Timestamps.bind(now))
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    counted.merge(n.incident().toString(), 1, Integer::sum);
    Instant stored = Timestamps.stored(now);
    return new Alert(id, n.uuid(), Optional.of(n.incident()), n.origin(), d, n.fingerprint(), AlertStatus.FIRING,
        Timestamps.stored(n.firedAt()), null, false, stored, stored, stored);
  }

  /** Adds the stored alerts to their incidents' {@code alert_count}, in incident-uuid order; last in the transaction. */
  void countAlerts() {
    counted.forEach((incident, alerts) ->
        h.createUpdate(COUNT_ALERTS).bind("alerts", alerts).bind("incident", incident).execute());
    counted.clear();
  }

  @Override
  public void touch(AlertId alert, Instant now) {
    h.createUpdate(TOUCH).bind("now", Timestamps.bind(now)).bind("uuid", alert.toString()).execute();
  }

  @Override
  public void resolve(AlertId alert, Instant resolvedAt, Instant now) {
    h.createUpdate(RESOLVE).bind("resolvedAt", Timestamps.bind(resolvedAt)).bind("now", Timestamps.bind(now))
        .bind("uuid", alert.toString()).execute();
  }

  @Override
  public void supersede(AlertId alert, Instant now) {
    h.createUpdate(SUPERSEDE).bind("now", Timestamps.bind(now)).bind("uuid", alert.toString()).execute();
  }
}
