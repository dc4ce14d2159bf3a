package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.mcp.McpClient;
import dev.akmatori.application.mcp.McpUnavailableException;
import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpServer;
import dev.akmatori.domain.mcp.McpTool;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@link McpClient} on the MCP Java SDK: one short session per attempt ({@code initialize}, {@code
 * notifications/initialized}, {@code tools/list} pages, close), all attempts under a single
 * deadline. A passing failure (connection refused or timed out, a child that dies during start-up)
 * is tried again by the pooled source's rule ({@link Retries}: 3 attempts, 200/400 ms apart); a
 * definitive one ({@link Retries#definitive}) fails at once. A stdio server that exits early fails
 * its attempt at once; whatever happens, its process tree is stopped before the attempt ends.
 * Thread-safe.
 */
public final class SdkMcpClient implements McpClient {
  private final SdkMcpConnector connector;
  private final Retries retries;

  /** A client whose stdio children inherit from this process's environment (the allowed part). */
  public SdkMcpClient() {
    this(System.getenv());
  }

  SdkMcpClient(Map<String, String> hostEnvironment) {
    this(hostEnvironment, Retries.DEFAULT);
  }

  SdkMcpClient(Map<String, String> hostEnvironment, Retries retries) {
    this.connector = new SdkMcpConnector(hostEnvironment);
    this.retries = retries;
  }

  /**
   * {@inheritDoc}
   *
   * <p>After more than one attempt the reason says so: {@code connection refused (after 3
   * attempts)}.
   */
  @Override
  public List<McpTool> listTools(McpServer server, Duration timeout) {
    Deadline deadline = Deadline.after(timeout);
    for (int attempt = 1; ; attempt++) {
      try {
        return listOnce(server, deadline);
      } catch (McpUnavailableException e) {
        if (Retries.definitive(e) || !retries.another(attempt, deadline, Cancellation.NONE)) {
          throw attempt == 1 ? e : new McpUnavailableException(Retries.reason(e, attempt), e);
        }
      }
    }
  }

  private List<McpTool> listOnce(McpServer server, Deadline deadline) {
    SdkMcpConnection connection = connector.connect(server.spec(), deadline, Cancellation.NONE);
    try {
      return connection.listTools(server.spec().namespacePrefix(), deadline, Cancellation.NONE);
    } finally {
      connection.close();
    }
  }
}
