package dev.akmatori.application.investigation.testing;

import dev.akmatori.application.investigation.tool.AllowedInstance;
import dev.akmatori.application.investigation.tool.ToolAllowlist;
import dev.akmatori.domain.tool.BuiltinToolTypes;
import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolTypeDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link ToolAllowlist} over instances added by the test, answered by id. Thread-safe. */
public final class InMemoryToolAllowlist implements ToolAllowlist {
  private final List<AllowedInstance> instances = new ArrayList<>();
  private final AtomicInteger reads = new AtomicInteger();

  /** Adds an instance of a built-in type by its name ({@code zabbix}); settings as stored, clear. */
  public InMemoryToolAllowlist builtin(long id, String logicalName, String typeName, Map<String, Object> settings) {
    ToolTypeDefinition type = BuiltinToolTypes.byName(typeName).orElseThrow();
    return add(new AllowedInstance(id, logicalName, new LogicalName(logicalName), type, settings));
  }

  public synchronized InMemoryToolAllowlist add(AllowedInstance instance) {
    instances.add(instance);
    return this;
  }

  public synchronized void clear() {
    instances.clear();
  }

  /** How often the allowlist was read. */
  public int reads() {
    return reads.get();
  }

  @Override
  public synchronized List<AllowedInstance> allowedInstances() {
    reads.incrementAndGet();
    List<AllowedInstance> sorted = new ArrayList<>(instances);
    sorted.sort(Comparator.comparingLong(AllowedInstance::id));
    return sorted;
  }
}
