package dev.akmatori.application.retention;

import dev.akmatori.application.testing.MutableClock;
import dev.akmatori.domain.incident.IncidentId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Wraps a store so that every call takes {@code step} of the test clock, as a slow database would. */
class ExpiredIncidentsAdvancingTheClock implements ExpiredIncidents {
  private final ExpiredIncidents store;
  private final MutableClock clock;
  private final Duration step;

  ExpiredIncidentsAdvancingTheClock(ExpiredIncidents store, MutableClock clock, Duration step) {
    this.store = store;
    this.clock = clock;
    this.step = step;
  }

  @Override
  public List<ExpiredIncident> page(Instant cutoff, Optional<ExpiredIncident> after, int limit) {
    clock.advance(step);
    return store.page(cutoff, after, limit);
  }

  @Override
  public int delete(List<ExpiredIncident> incidents, Instant cutoff) {
    clock.advance(step);
    return store.delete(incidents, cutoff);
  }

  @Override
  public Set<IncidentId> existing(Collection<IncidentId> ids) {
    clock.advance(step);
    return store.existing(ids);
  }
}
