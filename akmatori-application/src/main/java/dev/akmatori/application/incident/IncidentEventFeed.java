package dev.akmatori.application.incident;

import dev.akmatori.domain.incident.IncidentEvent;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import dev.akmatori.domain.shared.NotFoundException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.util.List;

/** {@code GET /api/incidents/{uuid}/events}: stored events after an id, paged or tailed (contract §5.7). */
public final class IncidentEventFeed {
  private final IncidentRepository incidents;
  private final IncidentEventLog events;

  public IncidentEventFeed(IncidentRepository incidents, IncidentEventLog events) {
    this.incidents = incidents;
    this.events = events;
  }

  /** The incident's current status; {@link NotFoundException} when unknown. */
  public IncidentStatus status(IncidentId id) {
    return incidents.find(id).map(i -> i.status()).orElseThrow(() -> new NotFoundException(GetIncident.NOT_FOUND));
  }

  /**
   * One page of the events with id greater than {@code afterId}. Ids are consecutive, so page
   * {@code p} starts right after id {@code afterId + (p - 1) * perPage}.
   */
  public Page<IncidentEvent> page(IncidentId id, long afterId, PageRequest page) {
    status(id);
    long total = events.count(id, afterId);
    if (page.offset() >= total) {
      return new Page<>(List.of(), total, page);
    }
    int limit = (int) Math.min(page.perPage(), total - page.offset());
    return new Page<>(events.read(id, afterId + page.offset(), limit), total, page);
  }

  /** Up to {@code limit} events with id greater than {@code afterId}, for a live stream. */
  public List<IncidentEvent> after(IncidentId id, long afterId, int limit) {
    return events.read(id, afterId, limit);
  }
}
