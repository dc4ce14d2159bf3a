package dev.akmatori.adapter.http.incident;

import dev.akmatori.domain.incident.IncidentEvent;
import java.time.Instant;
import java.util.Map;

/** One investigation event on the wire: {@code {id, type, at, data}} (contract §5.7). */
record EventResponse(long id, String type, Instant at, Map<String, Object> data) {
  static EventResponse from(IncidentEvent e) {
    return new EventResponse(e.id(), e.type().wireName(), e.at(), e.data());
  }
}
