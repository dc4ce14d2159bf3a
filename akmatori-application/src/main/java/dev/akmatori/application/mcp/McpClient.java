package dev.akmatori.application.mcp;

import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpTool;
import java.time.Duration;
import java.util.List;

/** Talks to external MCP servers over their transport (stdio, SSE, streamable HTTP). Thread-safe. */
public interface McpClient {
  /**
   * Connects to {@code server} (whose secrets must be in clear), initialises the session, lists
   * every tool (all pages) and disconnects. Works whether or not the server is enabled. Returns
   * within about {@code timeout}; for stdio servers the whole process tree is gone by then.
   *
   * @return the tools under the server's namespace prefix, in the order the server listed them
   * @throws McpUnavailableException when the server cannot be started or reached, breaks the
   *     protocol, fails the request or does not finish within {@code timeout}; an implementation
   *     may try a passing failure (refused connection, a child dying at start) again within
   *     {@code timeout}, and then says so in the reason
   */
  List<McpTool> listTools(McpServer server, Duration timeout);
}
