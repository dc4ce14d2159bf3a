package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The in-memory fake of {@link ToolTypeRepository}, held to the same contract as the Jdbi one. */
public final class InMemoryToolTypeRepository implements ToolTypeRepository {
  private final Map<Long, ToolType> rows = new TreeMap<>();
  private long sequence;

  @Override
  public synchronized List<ToolType> list() {
    return List.copyOf(rows.values());
  }

  @Override
  public synchronized Optional<ToolType> find(ToolTypeId id) {
    return Optional.ofNullable(rows.get(id.value()));
  }

  @Override
  public synchronized Optional<ToolType> findByName(String name) {
    return rows.values().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  @Override
  public synchronized void refreshBuiltins(List<ToolTypeDefinition> definitions, Instant now) {
    for (ToolTypeDefinition definition : definitions) {
      Optional<ToolType> existing = findByName(definition.name());
      if (existing.isEmpty()) {
        add(definition, null, now);
      } else if (!existing.get().definition().equals(definition)) {
        ToolType old = existing.get();
        rows.put(old.id().value(), new ToolType(old.id(), definition, null, old.createdAt(), now));
      }
    }
  }

  /** Adds a type as an HTTP connector would; for tests of connector-type instances. */
  public synchronized ToolType add(ToolTypeDefinition definition, Long connectorId, Instant now) {
    ToolType type = new ToolType(new ToolTypeId(++sequence), definition, connectorId, now, now);
    rows.put(type.id().value(), type);
    return type;
  }

  /** Replaces a type's definition as an HTTP connector update does; {@code createdAt} stays. */
  public synchronized ToolType replace(ToolTypeId id, ToolTypeDefinition definition, Instant now) {
    ToolType old = rows.get(id.value());
    ToolType type = new ToolType(id, definition, old.connectorId(), old.createdAt(), now);
    rows.put(id.value(), type);
    return type;
  }

  /** Removes a type as deleting an HTTP connector does. */
  public synchronized void remove(ToolTypeId id) {
    rows.remove(id.value());
  }
}
