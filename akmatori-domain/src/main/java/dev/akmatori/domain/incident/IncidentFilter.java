package dev.akmatori.domain.incident;

import dev.akmatori.domain.shared.Text;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Filters of {@code GET /api/incidents}: {@code createdAt} in [from, toExclusive), status in {@code
 * statuses} (empty = any), exact {@code source}. {@code diagnosed} is a valid filter that matches
 * nothing, so it is carried as a flag; so does a {@code source} no stored text can equal.
 */
public record IncidentFilter(
    Optional<Instant> from,
    Optional<Instant> toExclusive,
    Set<IncidentStatus> statuses,
    boolean onlyDiagnosed,
    Optional<String> source) {

  public IncidentFilter {
    statuses = Set.copyOf(statuses);
  }

  public static IncidentFilter none() {
    return new IncidentFilter(Optional.empty(), Optional.empty(), Set.of(), false, Optional.empty());
  }

  /**
   * True when the filter can match no incident at all: only {@code diagnosed} asked for, or a
   * {@code source} holding what no stored text holds (a NUL character, which PostgreSQL cannot even
   * compare; ADR 0023).
   */
  public boolean matchesNothing() {
    return (onlyDiagnosed && statuses.isEmpty()) || source.filter(s -> Text.unstorable(s) != null).isPresent();
  }
}
