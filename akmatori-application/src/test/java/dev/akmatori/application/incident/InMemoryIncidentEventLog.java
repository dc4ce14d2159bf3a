package dev.akmatori.application.incident;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The in-memory fake of {@link IncidentEventLog}, over the rows of an {@link InMemoryIncidentRepository}. */
public final class InMemoryIncidentEventLog implements IncidentEventLog {
  private final InMemoryIncidentRepository table;

  public InMemoryIncidentEventLog(InMemoryIncidentRepository table) {
    this.table = table;
  }

  @Override
  public IncidentEvent append(IncidentId incident, EventType type, Map<String, Object> data, Instant at) {
    synchronized (table) {
      IncidentRow row = table.rows.get(incident);
      if (row == null) {
        throw new NotFoundException(GetIncident.NOT_FOUND);
      }
      return row.append(type, data, at);
    }
  }

  @Override
  public List<IncidentEvent> read(IncidentId incident, long afterId, int limit) {
    synchronized (table) {
      IncidentRow row = table.rows.get(incident);
      if (row == null) {
        return List.of();
      }
      return row.events.stream().filter(e -> e.id() > afterId).limit(limit).toList();
    }
  }

  @Override
  public long count(IncidentId incident, long afterId) {
    synchronized (table) {
      IncidentRow row = table.rows.get(incident);
      return row == null ? 0 : row.events.stream().filter(e -> e.id() > afterId).count();
    }
  }
}
