package dev.akmatori.application.incident;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentEvents;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.incident.NewIncident;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory fake of {@link IncidentRepository}. Its rows are shared with the event log and
 * queue fakes of the same {@link InMemoryIncidents}; all of them lock this object.
 */
public final class InMemoryIncidentRepository implements IncidentRepository {
  final Map<IncidentId, IncidentRow> rows = new LinkedHashMap<>();
  private long nextId = 1;

  /** Adds a stored incident as it is, without events. */
  public synchronized void add(Incident incident) {
    rows.put(incident.uuid(), new IncidentRow(incident));
    nextId = Math.max(nextId, incident.id() + 1);
  }

  @Override
  public synchronized Page<Incident> list(IncidentFilter filter, PageRequest page) {
    List<Incident> matching =
        rows.values().stream()
            .map(r -> r.incident)
            .filter(i -> filter.from().map(f -> !i.createdAt().isBefore(f)).orElse(true))
            .filter(i -> filter.toExclusive().map(t -> i.createdAt().isBefore(t)).orElse(true))
            .filter(i -> filter.statuses().isEmpty() || filter.statuses().contains(i.status()))
            .filter(i -> filter.source().map(s -> s.equals(i.source())).orElse(true))
            .sorted(
                Comparator.comparing(Incident::createdAt)
                    .thenComparingLong(Incident::id)
                    .reversed())
            .toList();
    return Page.slice(new ArrayList<>(matching), page);
  }

  @Override
  public synchronized Incident create(NewIncident n, Instant now) {
    if (rows.containsKey(n.uuid())) {
      throw new ConflictException("Incident " + n.uuid() + " already exists");
    }
    Incident incident =
        new Incident(
            nextId++, n.uuid(), n.source(), n.sourceId(), n.title(), IncidentStatus.PENDING, n.context(), "",
            n.workingDir(), "", "", 0, 0, now, null, now, now, null, 0, 0);
    IncidentRow row = new IncidentRow(incident);
    row.append(EventType.STATUS, IncidentEvents.status(IncidentStatus.PENDING, null, null), now);
    rows.put(n.uuid(), row);
    return incident;
  }

  @Override
  public synchronized Optional<Incident> find(IncidentId id) {
    return Optional.ofNullable(rows.get(id)).map(r -> r.incident);
  }

  @Override
  public synchronized void addUsage(IncidentId id, int steps, long tokens, Instant now) {
    IncidentRow row = rows.get(id);
    if (row != null) {
      Incident i = row.incident;
      row.with(i.status(), i.sessionId(), i.response(), i.tokensUsed() + tokens, i.executionTimeMs(), i.completedAt(), now, i.error(), i.steps() + steps);
    }
  }

  @Override
  public synchronized void updateTitle(IncidentId id, String title, long tokens, Instant now) {
    NewIncident.requireTitle(title);
    IncidentRow row = rows.get(id);
    if (row != null) {
      Incident i = row.incident;
      row.incident =
          new Incident(
              i.id(), i.uuid(), i.source(), i.sourceId(), title, i.status(), i.context(), i.sessionId(),
              i.workingDir(), i.fullLog(), i.response(), i.tokensUsed() + tokens, i.executionTimeMs(), i.startedAt(),
              i.completedAt(), i.createdAt(), now, i.error(), i.steps(), i.alertCount());
    }
  }

  /** Counts one more linked alert in the incident's {@code alert_count} (the alert fakes call it). */
  public synchronized void countAlert(IncidentId id) {
    IncidentRow row = rows.get(id);
    if (row != null) {
      Incident i = row.incident;
      row.incident =
          new Incident(
              i.id(), i.uuid(), i.source(), i.sourceId(), i.title(), i.status(), i.context(), i.sessionId(),
              i.workingDir(), i.fullLog(), i.response(), i.tokensUsed(), i.executionTimeMs(), i.startedAt(),
              i.completedAt(), i.createdAt(), i.updatedAt(), i.error(), i.steps(), i.alertCount() + 1);
    }
  }

  /** Test access to the lease columns: owner, expiry, interruptions and cancel flag of one row. */
  public synchronized LeaseView lease(IncidentId id) {
    IncidentRow row = rows.get(id);
    return new LeaseView(row.owner, row.leaseUntil, row.interruptions, row.cancelRequested);
  }

  /** Test access: makes a running incident's lease look expired at {@code at}. */
  public synchronized void expireLease(IncidentId id, Instant at) {
    rows.get(id).leaseUntil = at;
  }

  /** The lease columns of a row. */
  public record LeaseView(String owner, Instant leaseUntil, int interruptions, boolean cancelRequested) {}
}
