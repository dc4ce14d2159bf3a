package dev.akmatori.application.connector;

import dev.akmatori.application.tool.InMemoryToolInstanceRepository;
import dev.akmatori.application.tool.InMemoryToolTypeRepository;
import dev.akmatori.domain.connector.HttpConnector;
import dev.akmatori.domain.connector.HttpConnectorId;
import dev.akmatori.domain.connector.HttpConnectorSpec;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import dev.akmatori.domain.tool.ToolType;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The in-memory fake of {@link HttpConnectorRepository}, held to the same contract as the Jdbi one:
 * it registers, renames and removes the connector's type in the tool type fake and re-seals the
 * instances of that type in the tool instance fake.
 */
public final class InMemoryHttpConnectorRepository implements HttpConnectorRepository {
  private final Map<Long, HttpConnector> rows = new TreeMap<>();
  private final InMemoryToolTypeRepository types;
  private final InMemoryToolInstanceRepository instances;
  private long sequence;

  public InMemoryHttpConnectorRepository(InMemoryToolTypeRepository types, InMemoryToolInstanceRepository instances) {
    this.types = types;
    this.instances = instances;
  }

  @Override
  public synchronized HttpConnector create(HttpConnectorSpec spec, Instant now) {
    requireFree(spec, null);
    long id = ++sequence;
    ToolType type = types.add(spec.toolType(), id, now);
    HttpConnector connector = new HttpConnector(new HttpConnectorId(id), type.id(), spec, now, now);
    rows.put(id, connector);
    return connector;
  }

  @Override
  public synchronized Optional<HttpConnector> find(HttpConnectorId id) {
    return Optional.ofNullable(rows.get(id.value()));
  }

  @Override
  public synchronized Optional<HttpConnector> findByToolTypeName(String name) {
    String key = HttpConnectorSpec.nameKey(name);
    return rows.values().stream().filter(c -> c.spec().nameKey().equals(key)).findFirst();
  }

  @Override
  public synchronized Optional<HttpConnector> update(
      HttpConnectorId id, HttpConnectorSpec spec, UnaryOperator<Map<String, Object>> resealSettings, Instant now) {
    HttpConnector old = rows.get(id.value());
    if (old == null) {
      return Optional.empty();
    }
    requireFree(spec, old);
    types.replace(old.toolTypeId(), spec.toolType(), now);
    instances.rewriteSettings(old.toolTypeId(), resealSettings);
    HttpConnector updated = new HttpConnector(id, old.toolTypeId(), spec, old.createdAt(), now);
    rows.put(id.value(), updated);
    return Optional.of(updated);
  }

  @Override
  public synchronized boolean delete(HttpConnectorId id) {
    HttpConnector old = rows.get(id.value());
    if (old == null) {
      return false;
    }
    long used = instances.countOfType(old.toolTypeId());
    if (used > 0) {
      throw HttpConnectorRepository.inUse(used);
    }
    types.remove(old.toolTypeId());
    rows.remove(id.value());
    return true;
  }

  @Override
  public synchronized Page<HttpConnector> list(PageRequest page) {
    return Page.slice(new ArrayList<>(rows.values()), page);
  }

  private void requireFree(HttpConnectorSpec spec, HttpConnector self) {
    findByToolTypeName(spec.toolTypeName()).filter(c -> self == null || !c.id().equals(self.id())).ifPresent(c -> {
      throw HttpConnectorRepository.nameTaken(spec.toolTypeName());
    });
    ToolTypeId own = self == null ? null : self.toolTypeId();
    types.findByName(spec.toolTypeName()).filter(t -> !t.id().equals(own)).ifPresent(t -> {
      throw HttpConnectorRepository.typeNameTaken(spec.toolTypeName());
    });
  }
}
