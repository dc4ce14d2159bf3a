package dev.akmatori.application.tool;

import dev.akmatori.domain.shared.ConflictException;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The in-memory fake of {@link ToolInstanceRepository}; names and logical names are unique as in the
 * database, and a delete cascades through {@code onDelete} (the keys fake).
 */
public final class InMemoryToolInstanceRepository implements ToolInstanceRepository {
  private final Map<Long, StoredToolInstance> rows = new TreeMap<>();
  private final Consumer<ToolInstanceId> onDelete;
  private long sequence;

  public InMemoryToolInstanceRepository(Consumer<ToolInstanceId> onDelete) {
    this.onDelete = onDelete;
  }

  @Override
  public synchronized StoredToolInstance create(ToolTypeId type, ToolInstanceFields fields, Instant now) {
    requireFree(fields, -1);
    StoredToolInstance stored = new StoredToolInstance(new ToolInstanceId(++sequence), type, fields, now, now);
    rows.put(stored.id().value(), stored);
    return stored;
  }

  @Override
  public synchronized Optional<StoredToolInstance> find(ToolInstanceId id) {
    return Optional.ofNullable(rows.get(id.value()));
  }

  @Override
  public synchronized Optional<StoredToolInstance> findByLogicalName(LogicalName logicalName) {
    return rows.values().stream().filter(r -> r.fields().logicalName().equals(logicalName)).findFirst();
  }

  @Override
  public synchronized List<StoredToolInstance> list() {
    return List.copyOf(rows.values());
  }

  @Override
  public synchronized Optional<StoredToolInstance> update(ToolInstanceId id, ToolInstanceFields fields, Instant now) {
    StoredToolInstance old = rows.get(id.value());
    if (old == null) {
      return Optional.empty();
    }
    requireFree(fields, id.value());
    StoredToolInstance updated = new StoredToolInstance(id, old.toolTypeId(), fields, old.createdAt(), now);
    rows.put(id.value(), updated);
    return Optional.of(updated);
  }

  @Override
  public synchronized boolean delete(ToolInstanceId id) {
    boolean removed = rows.remove(id.value()) != null;
    if (removed) {
      onDelete.accept(id);
    }
    return removed;
  }

  /** Rewrites the stored settings of every instance of {@code type}, keeping its other fields. */
  public synchronized void rewriteSettings(ToolTypeId type, UnaryOperator<Map<String, Object>> rewrite) {
    rows.replaceAll((id, row) -> !row.toolTypeId().equals(type) ? row : new StoredToolInstance(row.id(), type,
        new ToolInstanceFields(row.fields().name(), row.fields().logicalName(),
            rewrite.apply(row.fields().sealedSettings()), row.fields().enabled()),
        row.createdAt(), row.updatedAt()));
  }

  /** How many instances of {@code type} exist. */
  public synchronized long countOfType(ToolTypeId type) {
    return rows.values().stream().filter(row -> row.toolTypeId().equals(type)).count();
  }

  /** Raw stored settings, for tests proving that secrets are sealed. */
  public synchronized Map<String, Object> sealedSettings(ToolInstanceId id) {
    return rows.get(id.value()).fields().sealedSettings();
  }

  private void requireFree(ToolInstanceFields fields, long exceptId) {
    for (StoredToolInstance row : rows.values()) {
      if (row.id().value() != exceptId && row.fields().name().equals(fields.name())) {
        throw new ConflictException(ManageToolInstances.duplicateName(fields.name()));
      }
    }
    for (StoredToolInstance row : rows.values()) {
      if (row.id().value() != exceptId && row.fields().logicalName().equals(fields.logicalName())) {
        throw new ConflictException(ManageToolInstances.duplicateLogicalName(fields.logicalName().value()));
      }
    }
  }
}
