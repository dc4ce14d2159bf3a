package dev.akmatori.application.incident;

import dev.akmatori.domain.incident.Incident;
import dev.akmatori.domain.incident.IncidentFilter;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The in-memory fake of {@link IncidentRepository}. */
public final class InMemoryIncidentRepository implements IncidentRepository {
  private final List<Incident> rows = new ArrayList<>();

  public synchronized void add(Incident incident) {
    rows.add(incident);
  }

  @Override
  public synchronized Page<Incident> list(IncidentFilter filter, PageRequest page) {
    List<Incident> matching =
        rows.stream()
            .filter(i -> filter.from().map(f -> !i.createdAt().isBefore(f)).orElse(true))
            .filter(i -> filter.toExclusive().map(t -> i.createdAt().isBefore(t)).orElse(true))
            .filter(i -> filter.statuses().isEmpty() || filter.statuses().contains(i.status()))
            .filter(i -> filter.source().map(s -> s.equals(i.source())).orElse(true))
            .sorted(
                Comparator.comparing(Incident::createdAt)
                    .thenComparingLong(Incident::id)
                    .reversed())
            .toList();
    return Page.slice(new ArrayList<>(matching), page);
  }
}
