package dev.akmatori.application.mcp;

import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.mcp.McpServerSpec;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** The in-memory fake of {@link McpServerRepository}, held to the same contract as the Jdbi one. */
public final class InMemoryMcpServerRepository implements McpServerRepository {
  private final Map<Long, McpServer> rows = new TreeMap<>();
  private final AtomicLong sequence = new AtomicLong();

  @Override
  public synchronized McpServer create(McpServerSpec spec, Instant now) {
    checkUnique(spec, null);
    McpServer server = new McpServer(new McpServerId(sequence.incrementAndGet()), spec, now, now);
    rows.put(server.id().value(), server);
    return server;
  }

  @Override
  public synchronized Optional<McpServer> find(McpServerId id) {
    return Optional.ofNullable(rows.get(id.value()));
  }

  @Override
  public synchronized Optional<McpServer> findByName(String name) {
    return rows.values().stream().filter(s -> s.spec().name().equals(name)).findFirst();
  }

  @Override
  public synchronized Optional<McpServer> findByNamespace(String prefix) {
    String key = McpServerSpec.namespaceKey(prefix);
    return rows.values().stream().filter(s -> s.spec().namespaceKey().equals(key)).findFirst();
  }

  @Override
  public synchronized Optional<McpServer> update(McpServerId id, McpServerSpec spec, Instant now) {
    McpServer old = rows.get(id.value());
    if (old == null) {
      return Optional.empty();
    }
    checkUnique(spec, id);
    McpServer updated = new McpServer(id, spec, old.createdAt(), now);
    rows.put(id.value(), updated);
    return Optional.of(updated);
  }

  @Override
  public synchronized boolean delete(McpServerId id) {
    return rows.remove(id.value()) != null;
  }

  @Override
  public synchronized Page<McpServer> list(PageRequest page) {
    List<McpServer> all = new ArrayList<>(rows.values());
    all.sort(Comparator.comparingLong(s -> s.id().value()));
    return Page.slice(all, page);
  }

  private void checkUnique(McpServerSpec spec, McpServerId self) {
    findByName(spec.name()).filter(s -> !s.id().equals(self)).ifPresent(s -> {
      throw McpServerRepository.nameTaken(spec.name());
    });
    findByNamespace(spec.namespacePrefix()).filter(s -> !s.id().equals(self)).ifPresent(s -> {
      throw McpServerRepository.namespaceTaken(spec.namespacePrefix());
    });
  }
}
