package dev.akmatori.application.tool;

import dev.akmatori.domain.tool.ToolInstanceId;
import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.Objects;

/** A tool instance as stored: its type by id and its settings sealed (see {@link ToolInstanceFields}). */
public record StoredToolInstance(
    ToolInstanceId id, ToolTypeId toolTypeId, ToolInstanceFields fields, Instant createdAt, Instant updatedAt) {
  public StoredToolInstance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(toolTypeId, "toolTypeId");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
