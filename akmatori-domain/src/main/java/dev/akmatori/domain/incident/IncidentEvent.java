package dev.akmatori.domain.incident;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One persisted investigation event (contract §5.7): ids are 1, 2, 3… per incident; {@code data} is
 * JSON-like and keeps its key order.
 */
public record IncidentEvent(long id, EventType type, Instant at, Map<String, Object> data) {
  public IncidentEvent {
    if (id < 1) {
      throw new IllegalArgumentException("event ids start at 1");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }
}
