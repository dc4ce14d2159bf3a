package dev.akmatori.application.alert;

import dev.akmatori.domain.alert.Alert;
import dev.akmatori.domain.alert.AlertAction;
import dev.akmatori.domain.alert.AlertFingerprint;
import dev.akmatori.domain.alert.AlertId;
import dev.akmatori.domain.alert.AlertIncident;
import dev.akmatori.domain.alert.AlertOrigin;
import dev.akmatori.domain.alert.CorrelationWindow;
import dev.akmatori.domain.alert.NewAlert;
import dev.akmatori.domain.alert.NormalizedAlert;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The decision table of contract §4.7 for one alert, inside the ingest transaction: deduplicate,
 * supersede, correlate, create, resolve or ignore. Holds no state between calls.
 */
final class AlertProcessor {
  private final CorrelationWindow window;
  private final Function<IncidentId, Path> workspaceOf;
  private final Supplier<UUID> uuids;

  AlertProcessor(CorrelationWindow window, Function<IncidentId, Path> workspaceOf, Supplier<UUID> uuids) {
    this.window = window;
    this.workspaceOf = workspaceOf;
    this.uuids = uuids;
  }

  /** One outcome; {@code opened} is the incident when this alert created one. */
  record Step(AlertOutcome outcome, Optional<Incident> opened) {}

  Step process(AlertTransaction tx, NormalizedAlert alert, AlertOrigin origin, Instant now) {
    AlertFingerprint fp = alert.details().fingerprint(origin.sourceUuid());
    return alert.isFiring() ? firing(tx, alert, fp, origin, now) : resolved(tx, alert, fp, origin, now);
  }

  private Step firing(AlertTransaction tx, NormalizedAlert alert, AlertFingerprint fp, AlertOrigin origin, Instant now) {
    FiringLookup found =
        tx.lookUpFiring(origin.sourceUuid(), alert.details().sourceFingerprint(), fp, window.completedSince(now));
    if (found.open().isPresent()) {
      FiringLookup.OpenAlert existing = found.open().get();
      if (existing.incidentIsLive(window, now)) {
        tx.touch(existing.uuid(), now);
        return step(Optional.of(existing.uuid()), fp, alert, existing.incident(), AlertAction.DEDUPLICATED);
      }
      // Closing it changes no incident, so the live incident read above still holds.
      tx.supersede(existing.uuid(), now);
    }
    Instant firedAt = alert.startedAt().orElse(now);
    Optional<IncidentId> live = found.liveIncident();
    if (live.isPresent()) {
      Alert stored = tx.insert(newAlert(live.get(), alert, fp, origin, firedAt), now);
      return step(Optional.of(stored.uuid()), fp, alert, live, AlertAction.CORRELATED);
    }
    IncidentId id = new IncidentId(uuids.get());
    Incident incident =
        tx.createIncident(AlertIncident.of(id, alert, fp, origin, workspaceOf.apply(id).toString()), fp, now);
    Alert stored = tx.insert(newAlert(id, alert, fp, origin, firedAt), now);
    AlertOutcome outcome =
        new AlertOutcome(Optional.of(stored.uuid()), fp, alert.status(), Optional.of(id), AlertAction.CREATED);
    return new Step(outcome, Optional.of(incident));
  }

  private Step resolved(AlertTransaction tx, NormalizedAlert alert, AlertFingerprint fp, AlertOrigin origin, Instant now) {
    String sfp = alert.details().sourceFingerprint();
    Optional<Alert> match =
        sfp.isEmpty() ? tx.latestFiring(origin.sourceUuid(), fp) : tx.latestFiring(origin.sourceUuid(), sfp);
    if (match.isEmpty()) {
      return step(Optional.empty(), fp, alert, Optional.empty(), AlertAction.IGNORED);
    }
    tx.resolve(match.get().uuid(), alert.endedAt().orElse(now), now);
    return step(Optional.of(match.get().uuid()), fp, alert, match.get().incident(), AlertAction.RESOLVED);
  }

  private NewAlert newAlert(IncidentId incident, NormalizedAlert alert, AlertFingerprint fp, AlertOrigin origin, Instant firedAt) {
    return new NewAlert(new AlertId(uuids.get()), incident, origin, alert.details(), fp, firedAt);
  }

  private static Step step(
      Optional<AlertId> id, AlertFingerprint fp, NormalizedAlert alert, Optional<IncidentId> incident, AlertAction action) {
    return new Step(new AlertOutcome(id, fp, alert.status(), incident, action), Optional.empty());
  }
}
