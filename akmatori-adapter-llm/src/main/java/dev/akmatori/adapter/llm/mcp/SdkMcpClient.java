package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.McpClient;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpTool;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@link McpClient} on the MCP Java SDK: one short session per call ({@code initialize}, {@code
 * notifications/initialized}, {@code tools/list} pages, close) under a single deadline. A stdio
 * server that exits early fails the call at once; whatever happens, its process tree is stopped
 * before the call returns. Thread-safe.
 */
public final class SdkMcpClient implements McpClient {
  private final SdkMcpConnector connector;

  /** A client whose stdio children inherit from this process's environment (the allowed part). */
  public SdkMcpClient() {
    this(System.getenv());
  }

  SdkMcpClient(Map<String, String> hostEnvironment) {
    this.connector = new SdkMcpConnector(hostEnvironment);
  }

  @Override
  public List<McpTool> listTools(McpServer server, Duration timeout) {
    Deadline deadline = Deadline.after(timeout);
    SdkMcpConnection connection = connector.connect(server.spec(), deadline, Cancellation.NONE);
    try {
      return connection.listTools(server.spec().namespacePrefix(), deadline, Cancellation.NONE);
    } finally {
      connection.close();
    }
  }
}
