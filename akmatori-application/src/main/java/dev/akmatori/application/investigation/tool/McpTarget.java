package dev.akmatori.application.investigation.tool;

import dev.akmatori.application.model.Cancellation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A remote tool of an MCP server; no allowlist applies and the server checks its arguments. */
final class McpTarget implements ToolTarget {
  private final McpToolSource source;
  private final McpServerRef server;
  private final String toolName;

  McpTarget(McpToolSource source, McpServerRef server, String toolName) {
    this.source = source;
    this.server = server;
    this.toolName = toolName;
  }

  @Override
  public Optional<String> instance() {
    return Optional.empty();
  }

  @Override
  public Duration timeout(Duration standard) {
    return standard;
  }

  @Override
  public Object invoke(Map<String, Object> arguments, Duration timeout, Cancellation cancellation) {
    return source.callTool(server, toolName, arguments, timeout, cancellation);
  }
}
