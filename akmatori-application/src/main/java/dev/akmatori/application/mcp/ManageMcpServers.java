package dev.akmatori.application.mcp;

import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpServerId;
import dev.akmatori.domain.mcp.McpServerInput;
import dev.akmatori.domain.mcp.McpTool;
import dev.akmatori.domain.shared.Page;
import dev.akmatori.domain.shared.PageRequest;
import java.util.List;

/**
 * MCP server use cases (contract §3.9). Returned servers carry their secrets in clear for the
 * caller to mask ({@code Secret#masked}); they are never shown as they are. Unknown ids throw
 * {@code NotFoundException}, rule violations {@code ValidationException}, taken names or
 * namespaces {@code ConflictException}.
 */
public interface ManageMcpServers {
  String NOT_FOUND = "MCP server not found";

  /** One page ordered by id. */
  Page<McpServer> list(PageRequest page);

  McpServer get(McpServerId id);

  McpServer create(McpServerInput input);

  /** A partial update; the merged settings are re-validated whole. */
  McpServer update(McpServerId id, McpServerInput input);

  void delete(McpServerId id);

  /**
   * Connects (even to a disabled server) and lists its tools within 30 seconds.
   *
   * @throws dev.akmatori.domain.shared.BadGatewayException {@code Failed to connect to MCP server
   *     '<name>': <reason>} when that fails
   */
  List<McpTool> tools(McpServerId id);
}
