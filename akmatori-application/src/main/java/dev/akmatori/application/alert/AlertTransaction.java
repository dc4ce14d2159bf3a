package dev.akmatori.application.alert;

import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertFingerprint;
import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.NewAlert;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.NewIncident;
import java.time.Instant;
import java.util.Optional;

/**
 * What alert ingestion reads and writes inside one {@link AlertRepository#inTransaction} call. Valid
 * only during that call, on its thread. Reads see the writes made earlier in the same transaction.
 */
public interface AlertTransaction {
  /** The most recent firing alert of source {@code sourceUuid} with this source fingerprint. */
  Optional<Alert> latestFiring(String sourceUuid, String sourceFingerprint);

  /** The most recent firing alert of source {@code sourceUuid} with this correlation fingerprint. */
  Optional<Alert> latestFiring(String sourceUuid, AlertFingerprint fingerprint);

  /**
   * The reads that decide a firing alert (contract §4.7): the most recent firing alert of {@code
   * sourceUuid} with {@code sourceFingerprint} (none when that is empty) with its incident's status,
   * and {@link #liveIncident}. The default asks the other methods; a store may answer in one read.
   */
  default FiringLookup lookUpFiring(
      String sourceUuid, String sourceFingerprint, AlertFingerprint fingerprint, Optional<Instant> completedSince) {
    Optional<FiringLookup.OpenAlert> open =
        sourceFingerprint.isEmpty()
            ? Optional.empty()
            : latestFiring(sourceUuid, sourceFingerprint).map(alert -> {
              Optional<Incident> incident = alert.incident().flatMap(this::incident);
              return new FiringLookup.OpenAlert(
                  alert.uuid(), alert.incident(), incident.map(Incident::status),
                  incident.map(Incident::completedAt));
            });
    return new FiringLookup(open, liveIncident(fingerprint, completedSince));
  }

  /** The incident as stored now. */
  Optional<Incident> incident(IncidentId id);

  /**
   * The most recently created incident that was created from an alert with {@code fingerprint} or
   * has a linked alert with it, and is pending or running, or completed at or after {@code
   * completedSince} when that is present (contract §4.7).
   */
  Optional<IncidentId> liveIncident(AlertFingerprint fingerprint, Optional<Instant> completedSince);

  /**
   * Stores a new pending incident created from an alert with {@code fingerprint} (remembered for
   * correlation) together with its first status event.
   */
  Incident createIncident(NewIncident incident, AlertFingerprint fingerprint, Instant now);

  /**
   * Stores a firing alert linked to its incident and counts it in the incident's {@code alert_count}.
   * An implementation may apply the counts at the end of the transaction (the database one does, in
   * incident order, ADR 0022), so {@link #incident} within the same transaction may not show them yet.
   */
  Alert insert(NewAlert alert, Instant now);

  /** A repeated firing alert: {@code last_seen_at} = {@code now}, nothing else changes. */
  void touch(AlertId alert, Instant now);

  /** Resolves a firing alert: {@code resolved_at}, {@code last_seen_at} = {@code now}. */
  void resolve(AlertId alert, Instant resolvedAt, Instant now);

  /** Closes a firing alert that fired again after its incident stopped being live. */
  void supersede(AlertId alert, Instant now);
}
