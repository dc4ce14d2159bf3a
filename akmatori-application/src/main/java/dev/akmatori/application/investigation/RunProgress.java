package dev.akmatori.application.investigation;

import dev.akmatori.domain.incident.EventType;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run adds to one incident in one journal write: {@code events} in the order they happened,
 * and {@code steps} model calls worth {@code tokens} tokens ({@code at} is the latest of them).
 */
public record RunProgress(IncidentId incident, List<Event> events, int steps, long tokens, Instant at) {
  public RunProgress {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(at, "at");
    events = List.copyOf(events);
    if (steps < 0 || tokens < 0) {
      throw new IllegalArgumentException("steps and tokens must not be negative");
    }
  }

  /** One event to append: its type, its {@code data} object and when it happened. */
  public record Event(EventType type, Map<String, Object> data, Instant at) {
    public Event {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(at, "at");
    }
  }
}
