package dev.akmatori.application.incident;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The append-only investigation events of each incident (contract §5.7). Ids are 1, 2, 3… per
 * incident, consecutive and without gaps, allocated atomically so concurrent writers in one process
 * or in several replicas never share or skip an id. Appending is O(1): nothing is ever rewritten.
 * Thread-safe.
 */
public interface IncidentEventLog {
  /**
   * Appends one event with the incident's next id and returns it as stored.
   *
   * @throws dev.akmatori.domain.shared.NotFoundException when there is no such incident
   * @throws IllegalArgumentException when {@code data} is not JSON-like
   */
  IncidentEvent append(IncidentId incident, EventType type, Map<String, Object> data, Instant at);

  /** Up to {@code limit} events with id greater than {@code afterId}, ascending; empty for an unknown incident. */
  List<IncidentEvent> read(IncidentId incident, long afterId, int limit);

  /** How many events have an id greater than {@code afterId}. */
  long count(IncidentId incident, long afterId);
}
