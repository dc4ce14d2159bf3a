package dev.akmatori.domain.mcp;

/** Database id of an MCP server; always positive. */
public record McpServerId(long value) {
  public McpServerId {
    if (value <= 0) {
      throw new IllegalArgumentException("MCP server id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
