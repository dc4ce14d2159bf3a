package dev.akmatori.application.alertsource;

import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.alertsource.AlertSourceTypeSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The in-memory fake of {@link AlertSourceTypeRepository}, held to the same contract. */
public final class InMemoryAlertSourceTypeRepository implements AlertSourceTypeRepository {
  private final List<AlertSourceType> rows = new ArrayList<>();
  private long sequence;

  @Override
  public synchronized void seed(List<AlertSourceTypeSpec> specs, Instant now) {
    for (AlertSourceTypeSpec spec : specs) {
      Optional<AlertSourceType> existing = findByName(spec.name());
      if (existing.isEmpty()) {
        rows.add(new AlertSourceType(++sequence, spec, now, now));
      } else if (!existing.get().spec().equals(spec)) {
        AlertSourceType old = existing.get();
        rows.set(rows.indexOf(old), new AlertSourceType(old.id(), spec, old.createdAt(), now));
      }
    }
  }

  @Override
  public synchronized List<AlertSourceType> list() {
    return List.copyOf(rows);
  }

  @Override
  public synchronized Optional<AlertSourceType> findByName(String name) {
    return rows.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
