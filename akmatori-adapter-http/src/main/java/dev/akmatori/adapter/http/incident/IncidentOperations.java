package dev.akmatori.adapter.http.incident;

import dev.akmatori.application.incident.GetIncident;
import dev.akmatori.application.incident.IncidentEventFeed;
import dev.akmatori.application.investigation.CancelIncident;
import dev.akmatori.application.investigation.CreateIncident;
import java.time.Duration;
import java.util.Objects;

/**
 * The incident use cases beyond the list, and how event streams behave: the database is polled
 * every {@code streamPoll} (contract: at most 1 s) and a keepalive comment goes out every {@code
 * keepalive} (contract: 15 s).
 */
public record IncidentOperations(
    CreateIncident create,
    GetIncident get,
    CancelIncident cancel,
    IncidentEventFeed events,
    Duration streamPoll,
    Duration keepalive) {

  public IncidentOperations {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(get, "get");
    Objects.requireNonNull(cancel, "cancel");
    Objects.requireNonNull(events, "events");
    if (streamPoll.isNegative() || streamPoll.isZero() || keepalive.isNegative() || keepalive.isZero()) {
      throw new IllegalArgumentException("stream intervals must be positive");
    }
  }

  /** The contract's stream timings: poll every second, keepalive every 15 seconds. */
  public static IncidentOperations of(CreateIncident create, GetIncident get, CancelIncident cancel, IncidentEventFeed events) {
    return new IncidentOperations(create, get, cancel, events, Duration.ofSeconds(1), Duration.ofSeconds(15));
  }
}
