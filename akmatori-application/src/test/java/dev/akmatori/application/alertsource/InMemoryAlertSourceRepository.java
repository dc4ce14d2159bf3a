package dev.akmatori.application.alertsource;

import dev.akmatori.domain.alertsource.AlertSource;
import dev.akmatori.domain.alertsource.AlertSourceConfig;
import dev.akmatori.domain.alertsource.AlertSourceId;
import dev.akmatori.domain.alertsource.AlertSourceType;
import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The in-memory fake of {@link AlertSourceRepository}; secrets stay clear in memory. */
public final class InMemoryAlertSourceRepository implements AlertSourceRepository {
  private final Map<AlertSourceId, AlertSource> rows = new LinkedHashMap<>();
  private long sequence;

  @Override
  public synchronized AlertSource create(
      AlertSourceId uuid, AlertSourceType type, AlertSourceConfig config, Instant now) {
    requireFreeName(config.name(), null);
    if (rows.containsKey(uuid)) {
      throw new IllegalStateException("uuid taken: " + uuid);
    }
    AlertSource created = new AlertSource(++sequence, uuid, type, config, now, now);
    rows.put(uuid, created);
    return created;
  }

  @Override
  public synchronized Optional<AlertSource> find(AlertSourceId uuid) {
    return Optional.ofNullable(rows.get(uuid));
  }

  @Override
  public synchronized Optional<AlertSource> update(
      AlertSourceId uuid, UnaryOperator<AlertSourceConfig> change, Instant now) {
    AlertSource old = rows.get(uuid);
    if (old == null) {
      return Optional.empty();
    }
    AlertSourceConfig config = change.apply(old.config());
    requireFreeName(config.name(), uuid);
    AlertSource updated = new AlertSource(old.id(), uuid, old.type(), config, old.createdAt(), now);
    rows.put(uuid, updated);
    return Optional.of(updated);
  }

  @Override
  public synchronized boolean delete(AlertSourceId uuid) {
    return rows.remove(uuid) != null;
  }

  @Override
  public synchronized Page<AlertSource> list(PageRequest page) {
    List<AlertSource> all = new ArrayList<>(rows.values());
    all.sort(Comparator.comparingLong(AlertSource::id));
    return Page.slice(all, page);
  }

  private void requireFreeName(String name, AlertSourceId except) {
    boolean taken =
        rows.values().stream().anyMatch(s -> s.config().name().equals(name) && !s.uuid().equals(except));
    if (taken) {
      throw new ConflictException(ManageAlertSources.duplicateName(name));
    }
  }
}
