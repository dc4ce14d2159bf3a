package dev.akmatori.application.incident;

import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;

/** Stored incidents. Thread-safe. */
public interface IncidentRepository {
  /**
   * One page of incidents matching {@code filter}, newest first ({@code created_at} then {@code id}
   * descending), without {@code full_log}; {@code total} counts every match.
   */
  Page<Incident> list(IncidentFilter filter, PageRequest page);
}
