package dev.akmatori.domain.connector;

import dev.akmatori.domain.tool.ToolTypeId;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored HTTP connector (contract §3.8): its id, the id of the tool type it registered, its
 * validated settings and timestamps.
 */
public record HttpConnector(
    HttpConnectorId id, ToolTypeId toolTypeId, HttpConnectorSpec spec, Instant createdAt, Instant updatedAt) {
  public HttpConnector {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(toolTypeId, "toolTypeId");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public String toolTypeName() {
    return spec.toolTypeName();
  }
}
