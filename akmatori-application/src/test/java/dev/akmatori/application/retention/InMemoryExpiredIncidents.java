package dev.akmatori.application.retention;

import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.IncidentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The in-memory fake of {@link ExpiredIncidents}: incident rows reduced to what retention reads
 * (id, uuid, status, {@code completed_at}), with the page sizes and deletes it was asked for.
 */
public final class InMemoryExpiredIncidents implements ExpiredIncidents {
  private static final Set<IncidentStatus> TERMINAL =
      Set.of(IncidentStatus.COMPLETED, IncidentStatus.FAILED, IncidentStatus.CANCELLED);

  private record Row(long id, IncidentId uuid, IncidentStatus status, Instant completedAt) {}

  private final Map<IncidentId, Row> rows = new LinkedHashMap<>();
  private final List<Integer> deleteBatches = new ArrayList<>();
  private long nextId = 1;
  private RuntimeException nextDeleteFailure;

  /** Adds an incident with {@code status}, completed at {@code completedAt} (null while it is not finished). */
  public synchronized IncidentId add(IncidentStatus status, Instant completedAt) {
    IncidentId id = new IncidentId(UUID.randomUUID());
    rows.put(id, new Row(nextId++, id, status, completedAt));
    return id;
  }

  public synchronized boolean contains(IncidentId id) {
    return rows.containsKey(id);
  }

  public synchronized int size() {
    return rows.size();
  }

  /** How many incidents each call to {@link #delete} was given. */
  public synchronized List<Integer> deleteBatches() {
    return List.copyOf(deleteBatches);
  }

  /** The next {@link #delete} throws {@code failure} and deletes nothing. */
  public synchronized void failNextDelete(RuntimeException failure) {
    nextDeleteFailure = failure;
  }

  @Override
  public synchronized List<ExpiredIncident> page(Instant cutoff, Optional<ExpiredIncident> after, int limit) {
    Comparator<ExpiredIncident> order =
        Comparator.comparing(ExpiredIncident::completedAt).thenComparingLong(ExpiredIncident::id);
    return rows.values().stream()
        .filter(r -> expired(r, cutoff))
        .map(r -> new ExpiredIncident(r.id(), r.uuid(), r.completedAt()))
        .filter(e -> after.map(a -> order.compare(e, a) > 0).orElse(true))
        .sorted(order)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int delete(List<ExpiredIncident> incidents, Instant cutoff) {
    if (nextDeleteFailure != null) {
      RuntimeException failure = nextDeleteFailure;
      nextDeleteFailure = null;
      throw failure;
    }
    deleteBatches.add(incidents.size());
    int deleted = 0;
    for (ExpiredIncident e : incidents) {
      Row row = rows.get(e.uuid());
      if (row != null && expired(row, cutoff)) {
        rows.remove(e.uuid());
        deleted++;
      }
    }
    return deleted;
  }

  @Override
  public synchronized Set<IncidentId> existing(Collection<IncidentId> ids) {
    Set<IncidentId> found = new HashSet<>();
    ids.stream().filter(rows::containsKey).forEach(found::add);
    return found;
  }

  private static boolean expired(Row r, Instant cutoff) {
    return TERMINAL.contains(r.status()) && r.completedAt() != null && r.completedAt().isBefore(cutoff);
  }
}
