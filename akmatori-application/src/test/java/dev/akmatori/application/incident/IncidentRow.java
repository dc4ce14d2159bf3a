package dev.akmatori.application.incident;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One mutable incident row of the in-memory fakes, with its lease columns and events. */
final class IncidentRow {
  Incident incident;
  String owner;
  Instant leaseUntil;
  int interruptions;
  boolean cancelRequested;
  final List<IncidentEvent> events = new ArrayList<>();

  IncidentRow(Incident incident) {
    this.incident = incident;
  }

  IncidentEvent append(EventType type, Map<String, Object> data, Instant at) {
    IncidentEvent event = new IncidentEvent(events.size() + 1, type, at, data);
    events.add(event);
    return event;
  }

  /** The incident with the given changes; unchanged values are kept. */
  Incident with(
      IncidentStatus status, String sessionId, String response, long tokens, long millis, Instant completedAt,
      Instant updatedAt, String error, int steps) {
    Incident i = incident;
    incident =
        new Incident(
            i.id(), i.uuid(), i.source(), i.sourceId(), i.title(), status, i.context(), sessionId, i.workingDir(), "",
            response, tokens, millis, i.startedAt(), completedAt, i.createdAt(), updatedAt, error, steps, i.alertCount());
    return incident;
  }

  /** Moves to {@code status}, keeping counters. */
  Incident status(IncidentStatus status, Instant now, String error, long millis) {
    Incident i = incident;
    Instant completed = status.isTerminal() ? now : i.completedAt();
    return with(status, i.sessionId(), i.response(), i.tokensUsed(), millis, completed, now, error, i.steps());
  }

  boolean heldBy(String holder) {
    return incident.status() == IncidentStatus.RUNNING && holder.equals(owner);
  }

  void releaseLease() {
    owner = null;
    leaseUntil = null;
    cancelRequested = false;
  }
}
