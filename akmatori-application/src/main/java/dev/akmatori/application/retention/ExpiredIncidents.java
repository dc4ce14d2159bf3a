package dev.akmatori.application.retention;

import dev.akmatori.domain.incident.IncidentId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The incidents the retention cleanup may delete (contract §3.10.5): those with status {@code
 * completed}, {@code failed} or {@code cancelled} whose {@code completed_at} is before a cutoff —
 * never pending or running ones. Thread-safe; store failures surface as unchecked exceptions.
 */
public interface ExpiredIncidents {
  /**
   * Up to {@code limit} expired incidents in ({@code completed_at}, {@code id}) order, starting
   * strictly after {@code after} (from the first when empty). Pages are read by keyset, so an
   * incident that is kept does not come back on the next page and no page reads the whole table.
   */
  List<ExpiredIncident> page(Instant cutoff, Optional<ExpiredIncident> after, int limit);

  /**
   * Deletes those of {@code incidents} that are still finished and completed before {@code
   * cutoff}, each with its events, its alerts and its notification thread, all in one transaction.
   * Nothing is deleted when it fails.
   *
   * @return how many incidents were deleted
   */
  int delete(List<ExpiredIncident> incidents, Instant cutoff);

  /** Which of {@code ids} have an incident row. */
  Set<IncidentId> existing(Collection<IncidentId> ids);
}
