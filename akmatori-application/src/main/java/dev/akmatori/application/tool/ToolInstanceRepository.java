package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.LogicalName;
import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored tool instances (contract §3.4.2), settings sealed. Thread-safe; every method is one atomic
 * operation. A taken name or logical name throws {@code ConflictException} with {@link
 * ManageToolInstances#duplicateName} or {@link ManageToolInstances#duplicateLogicalName} (the name
 * is reported when both are taken). Failures of the store itself are unchecked and not retried.
 */
public interface ToolInstanceRepository {
  /** Stores a new instance of an existing type, created at {@code now}, and returns it with its id. */
  StoredToolInstance create(ToolTypeId type, ToolInstanceFields fields, Instant now);

  Optional<StoredToolInstance> find(ToolInstanceId id);

  Optional<StoredToolInstance> findByLogicalName(LogicalName logicalName);

  /** Every instance ordered by id. */
  List<StoredToolInstance> list();

  /** Replaces every writable field; the type never changes. Empty when no such instance exists. */
  Optional<StoredToolInstance> update(ToolInstanceId id, ToolInstanceFields fields, Instant now);

  /**
   * Removes the instance together with everything that belongs to it (its SSH keys, and its skill
   * assignments) in one transaction; false when it did not exist.
   */
  boolean delete(ToolInstanceId id);
}
