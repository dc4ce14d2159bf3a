package dev.akmatori.domain.mcp;

import java.time.Instant;
import java.util.Objects;

/** A stored MCP server: its id, validated settings and timestamps (contract §3.9). */
public record McpServer(McpServerId id, McpServerSpec spec, Instant createdAt, Instant updatedAt) {
  public McpServer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The same server with other settings, e.g. its secrets sealed or opened. */
  public McpServer withSpec(McpServerSpec other) {
    return new McpServer(id, other, createdAt, updatedAt);
  }
}
