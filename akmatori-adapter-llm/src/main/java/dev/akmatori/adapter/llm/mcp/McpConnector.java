package dev.akmatori.adapter.llm.mcp;

import dev.akmatori.application.model.Cancellation;
import dev.akmatori.domain.mcp.McpServerSpec;

/** Opens sessions with MCP servers: the seam between the connection pool and the SDK. */
@FunctionalInterface
interface McpConnector {
  /**
   * Starts or reaches the server of {@code spec} (secrets in clear) and initialises a session.
   *
   * @throws dev.akmatori.application.mcp.McpUnavailableException when that fails or the deadline
   *     passes; nothing is left running then
   * @throws java.util.concurrent.CancellationException when {@code cancellation} fired first
   */
  McpConnection connect(McpServerSpec spec, Deadline deadline, Cancellation cancellation);

  /** Releases what the connector holds (threads) once its connections are closed. */
  default void shutdown() {}
}
