package dev.akmatori.application.incident;

import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.incident.IncidentId;
import dev.akmatori.domain.incident.NewIncident;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Stored incidents. Thread-safe; every method is one atomic operation. Failures of the store itself
 * surface as unchecked exceptions and are not retried here.
 */
public interface IncidentRepository {
  /**
   * One page of incidents matching {@code filter}, newest first ({@code created_at} then {@code id}
   * descending), without {@code full_log}; {@code total} counts every match.
   */
  Page<Incident> list(IncidentFilter filter, PageRequest page);

  /**
   * Stores a new {@code pending} incident created at {@code now} together with its first event (a
   * {@code status} event {@code pending}, id 1), in one transaction, and returns it as stored.
   *
   * @throws dev.akmatori.domain.shared.ConflictException when the uuid is already taken
   */
  Incident create(NewIncident incident, Instant now);

  /** The incident without {@code full_log}; empty when there is none with that uuid. */
  Optional<Incident> find(IncidentId id);

  /**
   * Adds the usage of completed model calls to the incident's {@code steps} and {@code
   * tokens_used} (atomic increments, safe against concurrent writers); no-op for an unknown incident.
   */
  void addUsage(IncidentId id, int steps, long tokens, Instant now);

  /**
   * Replaces the title and adds {@code tokens} to {@code tokens_used} in one atomic update (an
   * increment, so concurrent {@link #addUsage} calls are never lost), whatever the status; {@code
   * updated_at} becomes {@code now}. No-op for an unknown incident. Used by the model title (§5.2).
   *
   * @throws IllegalArgumentException when {@code title} is longer than 255 characters
   */
  void updateTitle(IncidentId id, String title, long tokens, Instant now);
}
